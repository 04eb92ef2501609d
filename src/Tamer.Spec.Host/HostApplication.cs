using System;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Host.Auth;
using Tamer.Spec.Host.Endpoints;
using Tamer.Spec.Host.Ledger;
using Tamer.Spec.Host.Mcp;
using Tamer.Spec.Host.Metrics;
using Tamer.Spec.Host.WorkItems;

namespace Tamer.Spec.Host;

/// <summary>
/// Builds the host: settings, token file, ledger (replayed), Work Items (read), then the HTTP API.
/// Everything that can be wrong with the settings or the ledger is found here, before the host
/// listens, and reported as one <see cref="HostStartException"/>.
/// </summary>
internal static class HostApplication
{
    /// <summary>
    /// The host for <paramref name="args"/>; when the gate's configuration cannot be used, a host that
    /// answers every request with HTTP 500 naming the problem (see <see cref="UnusableConfigurationHost"/>).
    /// Any other start problem is a <see cref="HostStartException"/>.
    /// </summary>
    public static WebApplication Build(string[] args)
    {
        try
        {
            return BuildServing(args);
        }
        catch (HostStartException exception) when (exception.ConcernsConfiguration)
        {
            return UnusableConfigurationHost.Build(args, exception.Message);
        }
    }

    private static WebApplication BuildServing(string[] args)
    {
        // appsettings.json is the one beside the host's assembly; relative paths in settings are the working directory's.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddCommandLine(args, HostSettings.SwitchMappings);
        // One line per state change, not per request: the framework's and the token check's
        // per-request lines (and data protection's note about keys this host never uses) stay out.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Logging.AddFilter(typeof(BearerTokenHandler).FullName, LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = WorkItemEndpoints.MaxBodyBytes);

        var settings = HostSettings.From(builder.Configuration);
        var anonymousMetrics = MetricsEndpoint.AllowsAnonymous(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(WorkerTokens.Load(settings.Tokens));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => settings.Ledger.Open(services.GetRequiredService<ILoggerFactory>().CreateLogger<ILedger>()));
        builder.Services.AddSingleton(services =>
        {
            var source = ActivatorUtilities.CreateInstance<WorkItemSource>(services);
            source.LoadPlugins();
            return source;
        });
        builder.Services.AddSingleton(services => services.GetRequiredService<WorkItemSource>().Engine);
        builder.Services.AddSingleton(settings.Policy);
        builder.Services.AddSingleton(services => new ClaimSource(
            settings.Policy.ClaimsFolder ?? settings.Repository ?? services.GetRequiredService<WorkItemSource>().RepositoryRoot ?? settings.WorkItems));
        builder.Services.AddSingleton<Orchestrator>();
        builder.Services.AddHostedService<LedgerFollower>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(options => options.AddOperationTransformer<OpenApiRoles>());
        builder.Services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        HostMcp.AddServices(builder.Services);

        var app = builder.Build();

        // The ledger is replayed and the Work Items read now, so a damaged ledger stops the start.
        try
        {
            _ = app.Services.GetRequiredService<Orchestrator>();
        }
        catch
        {
            ((IDisposable)app).Dispose();
            throw;
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseWhen(context => context.Request.Path.Equals(HostMcp.Path, StringComparison.Ordinal), mcp => mcp.Use(OversizedToolCall.InvokeAsync));

        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }))
            .WithName("Health")
            .WithSummary("Liveness; needs no token.")
            .AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        var v1 = app.MapGroup("/v1").RequireAuthorization().ProducesProblem(StatusCodes.Status401Unauthorized);
        WorkItemEndpoints.Map(v1);
        AssignmentEndpoints.Map(v1);
        ScopeRequestEndpoints.Map(v1);
        WorkerEndpoints.Map(v1);
        MetricsEndpoint.Map(app, anonymousMetrics);
        HostMcp.Map(app);
        return app;
    }
}
