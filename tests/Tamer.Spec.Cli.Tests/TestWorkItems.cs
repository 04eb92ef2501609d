namespace Tamer.Spec.Cli.Tests;

/// <summary>Work Items for command-line tests: one that passes every axis, and variations of it.</summary>
internal static class TestWorkItems
{
    /// <summary>A complete Work Item that no rule reports anything about but infos.</summary>
    public static string Clean(string id = "WI-CLI-0001", string title = "A clean item") => $$"""
        ---
        id: {{id}}
        title: {{title}}
        status: ready
        scope:
          write: [src/cli/report.ts]
          read_only: [src/cli/]
          forbidden: [src/billing/]
          extend_scope: false
        acceptance_criteria:
          - "AC-1: `report --json` prints a JSON array and exits with code 0"
        estimate: { diff_lines: 20, files: 1 }
        ---

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Refused by the format rule: TMR0007 at (4,9).</summary>
    public static string Refused(string id = "WI-CLI-0002") => Clean(id, "A refused item").Replace("status: ready", "status: doing", StringComparison.Ordinal);

    /// <summary>One warning (TMR0005) and nothing else.</summary>
    public static string Warned(string id = "WI-CLI-0003") => Clean(id, "A warned item").Replace("status: ready", "status: ready\nreviewer: you", StringComparison.Ordinal);
}
