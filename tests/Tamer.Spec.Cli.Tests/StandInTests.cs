using System.Globalization;
using System.Text;
using Tamer.Spec.Cli.Commands;
using Tamer.Spec.Cli.Files;
using Tamer.Spec.Engine;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// A repository of at least <see cref="CliEnvironment.StandInThreshold"/> files keeps each Work Item
/// as a stand-in rebuilt from its facts and parses it whole again only while it is linted, and every
/// run keeps the Work Items it reads only as context as stand-ins: the reports are, byte for byte,
/// those of a run that keeps every file parsed.
/// </summary>
public sealed class StandInTests
{
    private static readonly string[] Formats = ["text", "json", "sarif", "github", "junit"];

    [Fact]
    public void A_run_that_keeps_stand_ins_reports_what_a_run_that_keeps_every_file_parsed_reports()
    {
        using var folder = CrossItemRepository.Create(300);
        // A Work Item whose vague criterion, and the fix offered for it, come after everything other
        // Work Items read of it: its result must keep text past its stand-in's.
        folder.Write("work-items/late/wi-cac-0400.md", "---\nid: WI-CAC-0400\ntitle: Late criteria\nstatus: in_progress\nscope:\n  write: [src/shared/hot.ts]\n  extend_scope: false\ndepends_on: []\nacceptance_criteria:\n  - \"AC-1: the export works well for users\"\n  - \"AC-2: it should be fast\"\nestimate: { diff_lines: 10, files: 1 }\n---\n\n## Context\n\nLate.\n");
        var json = ShouldMatchWholeRun(folder, "a first run");
        Json.Diagnostics(json, "wi-cac-0096.md").ShouldContain("TMR0004");
        Json.Diagnostics(json, "wi-cac-0097.md").ShouldContain("TMR0004");
        Json.Diagnostics(json, "wi-cac-0095.md").ShouldNotContain("TMR0004");
        Json.Diagnostics(json, "wi-cac-0202.md").ShouldContain("TMR4003");
        Json.Diagnostics(json, "wi-cac-0017.md").ShouldContain("TMR4002");
        Json.Diagnostics(json, "wi-cac-0245.md").ShouldContain("TMR4004");
        Json.Diagnostics(json, "wi-cac-0400.md").ShouldContain("TMR4004");
        Json.Diagnostics(json, "wi-cac-0013.md").ShouldContain("TMR1009");

        folder.Write("invariants/INV-CAC-001.md", "---\nid: INV-CAC-001\nstatement: module 3 keeps its public names\napplies_to: [src/mod3/**]\nowner: cache-team\n---\n");
        ShouldMatchWholeRun(folder, "an invariant in the registry");
        ShouldMatchWholeRun(folder, "one folder linted, the others as context", "work-items/area2");
        ShouldMatchWholeRun(folder, "one file linted, the others as context", "work-items/area1/wi-cac-0096.md");

        CliRun.InProcess(folder.Path, "baseline").ExitCode.ShouldBe(0);
        folder.Write("work-items/zz/new.md", CrossItemRepository.Item(150).Replace("WI-CAC-0150", "WI-CAC-0500", StringComparison.Ordinal));
        ShouldMatchWholeRun(folder, "a baseline recorded, then a Work Item added");
    }

    [Fact]
    public void A_file_edited_while_the_run_reads_the_others_stops_the_run_with_a_usage_error_naming_it()
    {
        using var folder = CrossItemRepository.Create(40);
        var paths = Directory.GetFiles(Path.Combine(folder.Path, "work-items"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        using var output = new StringWriter();
        var files = StandInFiles.Load(paths, new CliEnvironment(output, output, folder.Path), ParseLimits.Default, _ => null);
        // Saved from an editor after the first read: what the other Work Items' checks read of it is gone.
        var edited = CrossItemRepository.ItemPath(folder, 17);
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("id: WI-CAC-0017", "id: WI-CAC-0917", StringComparison.Ordinal));

        var failure = Should.Throw<UsageException>(() => LintRunner.LintReported(new LintEngine(BuiltInRulePacks.All), files.Documents, [], new LintOptions { LintInPlaceOf = files.LintInPlaceOf, MaxDegreeOfParallelism = 2 }));
        failure.Message.ShouldBe("work-items/area2/wi-cac-0017.md changed while it was being linted; lint again");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_repositories_linted_whole_or_in_part_report_what_a_run_that_keeps_every_file_parsed_reports(int seed)
    {
        var random = new Random(seed);
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        var files = new List<string>();
        for (var n = 0; n < 30; n++)
        {
            var area = "area" + random.Next(3).ToString(CultureInfo.InvariantCulture);
            var name = "wi-rnd-" + n.ToString("000", CultureInfo.InvariantCulture) + ".md";
            folder.Write("work-items/" + area + "/" + name, RandomItem(random, n));
            files.Add("work-items/" + area + "/" + name);
        }

        ShouldMatchWholeRun(folder, "seed " + seed + ", the whole repository");
        ShouldMatchWholeRun(folder, "seed " + seed + ", one folder", "work-items/area" + random.Next(3).ToString(CultureInfo.InvariantCulture));
        ShouldMatchWholeRun(folder, "seed " + seed + ", two files", files[random.Next(15)], files[15 + random.Next(15)]);
    }

    [Fact]
    public void Only_native_Work_Items_become_stand_ins_and_a_stand_in_keeps_what_others_read()
    {
        using var folder = CrossItemRepository.Create(12);
        var paths = Directory.GetFiles(folder.Path, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        using var output = new StringWriter();
        var environment = new CliEnvironment(output, output, folder.Path);
        var files = StandInFiles.Load(paths, environment, ParseLimits.Default, _ => null, i => i != 3);

        for (var i = 0; i < paths.Count; i++)
        {
            var whole = WorkItemParser.ReadFile(paths[i], environment.DisplayPath(paths[i]), ParseLimits.Default, null);
            var kept = files.Documents[i];
            if (whole.Profile == FormatProfiles.BacklogMd || i == 3)
            {
                kept.Text.Text.ShouldBe(whole.Text.Text, "a Backlog.md task, or a file not asked for as a stand-in, is kept whole");
                kept.WorkItem!.AcceptanceCriteria.Count.ShouldBe(whole.WorkItem!.AcceptanceCriteria.Count);
                files.LintInPlaceOf(kept, _ => throw new InvalidOperationException("a whole document is linted as it is")).ShouldBeNull();
                continue;
            }

            kept.Text.Length.ShouldBeLessThan(whole.Text.Length, kept.Path + " is kept as a stand-in");
            kept.WorkItem!.AcceptanceCriteria.Count.ShouldBe(0, "a stand-in carries no criteria");
            kept.Id.ShouldBe(whole.Id);
            kept.WorkItem.Status.ShouldBe(whole.WorkItem!.Status);
            kept.WorkItem.DependsOn.Items.Select(d => d.Value).ShouldBe(whole.WorkItem.DependsOn.Items.Select(d => d.Value));
            kept.WorkItem.Scope.AllPaths.Select(p => p.Text).ShouldBe(whole.WorkItem.Scope.AllPaths.Select(p => p.Text));
            kept.GetLocation(kept.WorkItem.Id!.Span).ShouldBe(whole.GetLocation(whole.WorkItem.Id!.Span));
        }
    }

    [Fact]
    public void A_file_that_cannot_be_read_again_while_it_is_linted_is_named_in_a_usage_error()
    {
        using var folder = CrossItemRepository.Create(3);
        var path = CrossItemRepository.ItemPath(folder, 2);
        using var output = new StringWriter();
        var environment = new CliEnvironment(output, output, folder.Path);
        var files = StandInFiles.Load([path], environment, ParseLimits.Default, _ => null);
        File.Delete(path);

        var failure = Should.Throw<UsageException>(() => files.LintInPlaceOf(files.Documents[0], _ => throw new InvalidOperationException("not analysed")));
        failure.Message.ShouldContain("wi-cac-0002.md");
    }

    // A Work Item with a random id (sometimes another's), status, scope shape and paths, dependencies
    // (sometimes unknown, itself or in a cycle), line breaks and byte order mark.
    private static string RandomItem(Random random, int n)
    {
        string[] paths = ["src/a.ts", "src/b.ts", "src/c/", "src/c/d.ts", "src/**", "src/e/*.ts", "src/gone.ts"];
        string[] statuses = ["draft", "ready", "in_progress", "review", "done", "\"review\"", "bogus"];
        string Id(int k) => "WI-RND-" + k.ToString("000", CultureInfo.InvariantCulture);
        string Paths(int count) => string.Join(", ", Enumerable.Range(0, count).Select(_ => paths[random.Next(paths.Length)]));
        var id = random.Next(8) == 0 ? Id(random.Next(30)) : Id(n);
        var dependencies = string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(10) == 0 ? "WI-RND-999" : random.Next(12) == 0 ? id : Id(random.Next(30))));
        var text = new StringBuilder("---\n")
            .Append(random.Next(6) == 0 ? string.Empty : "title: Item " + n + "\n")
            .Append("id: ").Append(random.Next(4) == 0 ? "\"" + id + "\"" : id).Append('\n')
            .Append("status: ").Append(statuses[random.Next(statuses.Length)]).Append('\n')
            .Append(random.Next(5) == 0
                ? "scope: [" + Paths(1 + random.Next(2)) + "]\n"
                : "scope:\n  write: [" + Paths(1 + random.Next(2)) + "]\n  read_only: [" + Paths(random.Next(2)) + "]\n  extend_scope: false\n")
            .Append(random.Next(6) == 0 ? string.Empty : "depends_on: [" + dependencies + "]\n")
            .Append("acceptance_criteria:\n  - \"AC-1: ").Append(random.Next(3) == 0 ? "it works well and touches src/b.ts" : "`run --x` prints 3 rows and exits with code 0").Append("\"\n")
            .Append(random.Next(10) == 0 ? "suppress:\n  - id: TMR4004\n    justification: the overlap is planned with the other team\n" : string.Empty)
            .Append("---\n\n## Context\n\nSee src/c/d.ts and src/a.ts.\n")
            .ToString();
        text = random.Next(5) switch { 0 => text.Replace("\n", "\r\n", StringComparison.Ordinal), 1 => text.Replace("\n", "\r", StringComparison.Ordinal), _ => text };
        return random.Next(8) == 0 ? "\uFEFF" + text : text;
    }

    private static string ShouldMatchWholeRun(TemporaryDirectory folder, string when, params string[] paths)
    {
        var json = string.Empty;
        foreach (var format in Formats)
        {
            string[] arguments = ["lint", .. paths, "--format", format];
            var whole = CliRun.InProcess(folder.Path, int.MaxValue, false, arguments);
            whole.ExitCode.ShouldBeOneOf([ExitCodes.Success, ExitCodes.Refused], when + ", " + format + ": " + whole.Error);
            foreach (var (kept, standIns) in new[] { ("every Work Item", CliRun.InProcess(folder.Path, 0, true, arguments)), ("the context", CliRun.InProcess(folder.Path, int.MaxValue, true, arguments)) })
            {
                var what = when + ", " + format + ", stand-ins for " + kept;
                standIns.ExitCode.ShouldBe(whole.ExitCode, what);
                standIns.Error.ShouldBe(whole.Error, what);
                standIns.Output.ShouldBe(whole.Output, what);
            }

            json = format == "json" ? whole.Output : json;
        }

        return json;
    }
}
