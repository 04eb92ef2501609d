using System.CommandLine;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>The <c>metrics</c> command's options.</summary>
internal static class MetricsCommand
{
    public static Command Build(CliSessions sessions, CliEnvironment environment, Option<string?> config)
    {
        var since = new Option<string>("--since") { Description = "How far back: a number of weeks (26w, counting the last week) or a date (2026-01-05).", DefaultValueFactory = _ => "26w", HelpName = "WEEKS|DATE" };
        var until = new Option<string>("--until") { Description = "The revision the history ends at.", DefaultValueFactory = _ => "HEAD", HelpName = "REF" };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json, csv, html (one self-contained file with charts).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var asOfThen = new Option<bool>("--as-of-then") { Description = "Lint each week with the configuration it had, instead of the current one." };
        var ledger = new Option<string?>("--ledger") { Description = "Read per-worker figures from an orchestrator host's ledger: sqlite:PATH (or a path), postgres:CONNECTION-STRING or file:PATH. Read-only.", HelpName = "LEDGER" };
        var command = new Command("metrics", "Weekly trends of the branch's history: Work Items added, changed and done, the share whose criteria are all falsifiable, refusals by axis, the most frequent diagnostics.")
        {
            since, until, format, output, config, asOfThen, ledger,
        };
        command.SetAction(parseResult => new MetricsRunner(sessions, environment).Run(new MetricsRequest
        {
            Since = parseResult.GetValue(since)!,
            Until = parseResult.GetValue(until)!,
            Format = MetricsWriters.Parse(parseResult.GetValue(format)),
            OutputFile = parseResult.GetValue(output),
            ConfigurationFile = parseResult.GetValue(config),
            AsOfThen = parseResult.GetValue(asOfThen),
            Ledger = parseResult.GetValue(ledger),
        }));
        return command;
    }
}
