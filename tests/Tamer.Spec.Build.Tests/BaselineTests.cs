using Tamer.Spec.Baselines;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules.Format;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Build.Tests;

/// <summary>The build honours the baseline the configuration's folder holds, as the command line does.</summary>
public sealed class BaselineTests
{
    private const string Doing = "---\nid: WI-B-0001\ntitle: Baselined\nstatus: doing\nscope:\n  write: [src/a.ts]\n  read_only: [src/]\n  forbidden: [db/]\n  extend_scope: false\nacceptance_criteria:\n  - \"AC-1: `a --json` prints a JSON array and exits with code 0\"\nestimate: { diff_lines: 20, files: 1 }\n---\n";

    [Fact]
    public void A_baselined_error_does_not_fail_the_build_and_the_same_error_in_another_item_does()
    {
        using var folder = new TemporaryDirectory();
        folder.Write(".tamer.yml", "include: [\"work-items/**/*.md\"]\n");
        var path = folder.Write("work-items/a.md", Doing);
        var document = WorkItemParser.ReadFile(path, "work-items/a.md");
        var found = new LintEngine([FormatRulePack.Instance]).Lint(new WorkItemWorkspace([document])).Files.Single().Diagnostics;
        found.Select(d => d.Id).ShouldBe(new[] { "TMR0007" });
        using (var writer = new StreamWriter(Path.Combine(folder.Path, BaselineFile.DefaultName)))
        {
            BaselineFile.Write(found.Select(d => new BaselineEntry(Fingerprinter.Of(d, document), d.Message, null, null, null)), writer);
        }

        var baselined = MsBuildRun.Lint(folder, string.Empty);
        baselined.ExitCode.ShouldBe(0, baselined.ToString());
        baselined.Output.ShouldNotContain("TMR0007");

        folder.Write("work-items/b.md", Doing.Replace("WI-B-0001", "WI-B-0002", StringComparison.Ordinal));
        var fresh = MsBuildRun.Lint(folder, string.Empty);
        fresh.ExitCode.ShouldBe(1, fresh.ToString());
        fresh.OutputLines.ShouldContain(l => l.Contains("b.md(4,9): error TMR0007", StringComparison.Ordinal), fresh.ToString());
        fresh.OutputLines.ShouldNotContain(l => l.Contains("a.md(4,9)", StringComparison.Ordinal), fresh.ToString());
    }
}
