using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Tamer.Spec.Host;

/// <summary>
/// The host whose gate configuration cannot be used (<c>.tamer.yml</c> missing, not parsable, or
/// naming a rule version or axis the engine does not have). It listens where the real host would,
/// and answers every request, the health check included, with HTTP 500 and a problem whose detail
/// is the sentence the command line and <c>dotnet build</c> print for the same file. It never reads
/// the ledger or the Work Items, so it can neither assign nor accept anything under rules nobody
/// chose; the file is mended and the host restarted.
/// </summary>
internal static partial class UnusableConfigurationHost
{
    /// <summary>The problem's title.</summary>
    public const string Title = "The gate's configuration cannot be used";

    public static WebApplication Build(string[] args, string reason)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddCommandLine(args, HostSettings.SwitchMappings);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var app = builder.Build();
        LogUnusable(app.Logger, reason);
        app.Run(context => Results.Problem(
            detail: reason + "; mend the file and restart the host",
            statusCode: StatusCodes.Status500InternalServerError,
            title: Title).ExecuteAsync(context));
        return app;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The gate's configuration cannot be used, so every request is answered with 500: {Reason}")]
    private static partial void LogUnusable(ILogger logger, string reason);
}
