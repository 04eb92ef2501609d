using System.Globalization;
using System.Text;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// A repository of Work Items with every kind of cross-item finding, for the tests that check a
/// run which keeps less of the workspace (the cache, stand-ins) reports what a plain run reports.
/// </summary>
internal static class CrossItemRepository
{
    // A repository of Work Items with every kind of cross-item finding: duplicate ids, unknown and
    // unfinished dependencies, cycles, active items writing the same files, scope paths missing
    // from the repository, vague criteria, fixes, suppressions, CRLF files and a byte order mark.
    public static TemporaryDirectory Create(int count)
    {
        var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write(".tamer.yml", "include: [\"work-items/**/*.md\", \"backlog/tasks/**/*.md\"]\nseverity:\n  TMR1009: warning\n");
        folder.Write("backlog/tasks/task-1 - Export-rows.md", BacklogTask("In Progress"));
        Age(Path.Combine(folder.Path, "backlog/tasks/task-1 - Export-rows.md"), TimeSpan.FromHours(1));
        foreach (var module in Enumerable.Range(0, 7))
        {
            folder.Write("src/mod" + module.ToString(CultureInfo.InvariantCulture) + "/f0.ts", "export {};\n");
        }

        folder.Write("src/shared/hot.ts", "export {};\n");
        folder.Write("src/billing/total.ts", "export {};\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "work-items", "moved"));
        for (var n = 1; n <= count; n++)
        {
            var path = folder.Write("work-items/" + Area(n) + "/wi-cac-" + n.ToString("0000", CultureInfo.InvariantCulture) + ".md", Item(n));
            Age(path, TimeSpan.FromHours(1));
        }

        return folder;
    }

    private static string Area(int n) => "area" + (n % 5).ToString(CultureInfo.InvariantCulture);

    public static string ItemPath(TemporaryDirectory folder, int n) =>
        Path.Combine(folder.Path, "work-items", Area(n), "wi-cac-" + n.ToString("0000", CultureInfo.InvariantCulture) + ".md");

    // Files older than a cache, as in a repository edited a while ago (a file written just before
    // a cache is hashed again whatever its time, which would hide the shortcut the cache takes).
    public static void Age(string path, TimeSpan age) => File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);

    // A Backlog.md task that a native Work Item depends on (item 5), writing where item 5 writes.
    public static string BacklogTask(string status) =>
        "---\nid: task-1\ntitle: Export rows\nstatus: " + status + "\ndependencies: []\n---\n\n## Description\n\nExport the rows.\n\n## Acceptance Criteria\n<!-- AC:BEGIN -->\n- [ ] #1 `export --rows` prints 3 rows and exits with code 0\n<!-- AC:END -->\n\n## Scope\n\n- write: src/mod5/f2.ts\n";

    private static string Id(int n) => "WI-CAC-" + n.ToString("0000", CultureInfo.InvariantCulture);

    public static string Item(int n)
    {
        var id = n % 97 == 0 ? Id(n - 1) : Id(n);
        var status = (n % 5) switch { 0 => "in_progress", 1 => "ready", 2 => "review", 3 => "done", _ => "draft" };
        var dependsOn = n switch
        {
            5 => "[" + Id(4) + ", task-1]",
            201 => "[" + Id(200) + ", " + Id(204) + "]",
            250 => "[" + Id(245) + "]",
            _ when n % 50 == 0 => "[WI-CAC-9999]",
            > 1 => "[" + Id(n - 1) + "]",
            _ => "[]",
        };
        var criterion = n % 11 == 0 ? "the export works well for users" : "`report --json` prints a JSON array and exits with code 0";
        var module = "src/mod" + (n % 7).ToString(CultureInfo.InvariantCulture);
        var file = n is 245 or 250 or 255 ? "src/shared/hot.ts"
            : n % 13 == 0 ? "src/gone/f" + (n % 9).ToString(CultureInfo.InvariantCulture) + ".ts"
            : module + "/f" + (n % 3).ToString(CultureInfo.InvariantCulture) + ".ts";
        var text = new StringBuilder()
            .Append("---\n")
            .Append("id: ").Append(id).Append('\n')
            .Append("title: Item ").Append(n).Append('\n')
            .Append("status: ").Append(status).Append('\n')
            .Append("scope:\n  write: [").Append(file).Append("]\n  read_only: [").Append(module).Append("/]\n  forbidden: [src/billing/]\n  extend_scope: false\n")
            .Append("acceptance_criteria:\n  - \"AC-1: ").Append(criterion).Append("\"\n")
            .Append(n % 4 == 0 ? "  - \"AC-2: the log shows `exported 3 rows` once\"\n" : string.Empty)
            .Append("depends_on: ").Append(dependsOn).Append('\n')
            .Append(n % 3 == 0 ? "non_goals: [caching, a new export format]\n" : string.Empty)
            .Append(n % 8 == 0 ? "suppress:\n  - id: TMR2003\n    justification: the wording is the customer's own\n" : string.Empty)
            .Append("estimate: { diff_lines: ").Append(10 + n).Append(", files: 1 }\n")
            .Append("---\n\n## Context\n\nItem ").Append(n).Append(" changes ").Append(file).Append(" and nothing else.\n")
            .ToString();
        if (n % 9 == 0)
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        return n % 10 == 7 ? "\uFEFF" + text : text;
    }
}
