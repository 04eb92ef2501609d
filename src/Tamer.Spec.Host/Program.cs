using System;
using System.IO;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Tamer.Spec.Host;
using Tamer.Spec.Host.Ledger;

// A start that cannot succeed says why in one line and exits with 2; no stack trace.
// `migrate` (with the host's --data and --ledger) copies a file ledger into the database.
try
{
    if (args.Length > 0 && args[0] == "migrate")
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args[1..], HostSettings.SwitchMappings).Build();
        using var logging = LoggerFactory.Create(builder => builder.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        var done = LedgerMigration.Run(HostSettings.DataOf(configuration), HostSettings.LedgerOf(configuration), logging.CreateLogger("migrate"));
        Console.WriteLine("tamer-host migrate: " + done);
        return 0;
    }

    using var app = HostApplication.Build(args);
    app.Run();
    return 0;
}
catch (HostStartException exception)
{
    Console.Error.WriteLine("tamer-host: " + exception.Message);
    return 2;
}
catch (IOException exception)
{
    Console.Error.WriteLine("tamer-host: " + exception.Message);
    return 2;
}
