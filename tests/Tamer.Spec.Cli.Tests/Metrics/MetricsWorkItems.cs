namespace Tamer.Spec.Cli.Tests.Metrics;

/// <summary>Work Items for the metrics tests, each with a scope of its own so that no two overlap.</summary>
internal static class MetricsWorkItems
{
    public const string Falsifiable = "`report --json` prints a JSON array and exits with code 0";

    /// <summary>Refused by the acceptance axis (TMR2002): its only criterion names no observable result.</summary>
    public const string Vague = "the report works well for users";

    /// <summary>A Work Item with the criteria given and the status given.</summary>
    public static string Item(int number, string status, params string[] criteria) =>
        "---\n"
        + $"id: WI-MET-{number:D4}\n"
        + $"title: Metrics item {number}\n"
        + $"status: {status}\n"
        + "scope:\n"
        + $"  write: [src/module{number}/report.ts]\n"
        + $"  read_only: [src/module{number}/]\n"
        + "  forbidden: [src/billing/]\n"
        + "  extend_scope: false\n"
        + "acceptance_criteria:\n"
        + string.Concat(criteria.Select((c, i) => $"  - \"AC-{i + 1}: {c}\"\n"))
        + "estimate: { diff_lines: 20, files: 1 }\n"
        + "---\n\n";
}
