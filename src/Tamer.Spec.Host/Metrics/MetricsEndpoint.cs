using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Tamer.Spec.Engine;
using Tamer.Spec.Host.Assignments;

namespace Tamer.Spec.Host.Metrics;

/// <summary>
/// <c>GET /metrics</c>: the current figures in the Prometheus text format. It needs a token, as
/// every read does, unless the setting <c>Tamer:Metrics:Anonymous</c> is <c>true</c>
/// (<c>Tamer__Metrics__Anonymous=true</c>, or <c>--Tamer:Metrics:Anonymous=true</c>), for a scraper
/// that holds none.
/// </summary>
internal static class MetricsEndpoint
{
    public const string AnonymousSetting = "Tamer:Metrics:Anonymous";

    public static void Map(WebApplication app, bool anonymous)
    {
        ArgumentNullException.ThrowIfNull(app);
        var endpoint = app.MapGet("/metrics", (Orchestrator orchestrator, LintEngine engine) => Results.Text(HostMetrics.Write(orchestrator.Current(), engine), PrometheusText.ContentType))
            .WithName("Metrics")
            .WithSummary("The current figures in the Prometheus text format: ledger events by type and worker, Work Items by status, refused and refused by axis.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        if (anonymous)
        {
            endpoint.AllowAnonymous();
        }
        else
        {
            endpoint.RequireAuthorization();
        }
    }

    /// <summary>The setting read: a <see cref="HostStartException"/> for a value that is neither true nor false.</summary>
    public static bool AllowsAnonymous(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[AnonymousSetting];
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        return bool.TryParse(value, out var anonymous)
            ? anonymous
            : throw new HostStartException(AnonymousSetting + " is true or false, not '" + value + "'");
    }
}
