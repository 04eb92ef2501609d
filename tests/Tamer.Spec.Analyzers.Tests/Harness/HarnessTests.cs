using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Analyzers.Tests.Harness;

/// <summary>
/// The analyzer in the standard Roslyn test harness: every fixture folder of the packs and of the
/// format rule, as one project, gives exactly the diagnostics its markers name at their positions
/// (and nothing else, and no AD0001); the other cases mark theirs in the files. Every ID the
/// analyzer declares is expected by at least one of them, or is listed with the reason it cannot be.
/// </summary>
public sealed class HarnessTests
{
    /// <summary>IDs the analyzer declares (every ID the engine knows) but can never report, and why.</summary>
    public static IReadOnlyDictionary<string, string> NotReportedByTheAnalyzer { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["TMR0010"] = "the compiler decodes an AdditionalFile before the analyzer sees it, so invalid UTF-8 arrives as U+FFFD; tamer-lint and the build task, which read the bytes, report it",
        ["TMR1009"] = "it compares scope paths with the files on disk, which an analyzer may not read (RS1035)",
        ["TMR1101"] = "drift is a change checked against the scope by tamer-lint verify (git), not a property of the Work Item",
        ["TMR1102"] = "drift is a change checked against the scope by tamer-lint verify (git), not a property of the Work Item",
        ["TMR1103"] = "drift is a change checked against the scope by tamer-lint verify (git), not a property of the Work Item",
        ["TMR7006"] = "it compares an invariant's applies_to with the files on disk, which an analyzer may not read (RS1035)",
        ["TMR6004"] = "it judges a test run (TRX or JUnit XML) against the criteria, and a compilation has no run: tamer-lint verify --tests reports it",
        ["TMR6005"] = "it judges a test run (TRX or JUnit XML) against the criteria, and a compilation has no run: tamer-lint verify --tests reports it",
        ["TMR6006"] = "it lists a run's manual criteria, and a compilation has no run: tamer-lint verify --tests and the host's submissions report it",
        ["TMR9003"] = "only a rule that throws reports it, and the analyzer runs the built-in packs, none of which throws",
        ["TMR9004"] = "it reports links a folder walk did not follow, and the compiler walks no folder: it is handed its AdditionalFiles",
        ["TMR9005"] = "it reports baseline entries that match nothing, and the analyzer reads no baseline file (docs/analyzer.md)",
    };

    /// <summary>Fixtures whose markers hold only for the format rule alone, with the reason.</summary>
    private static readonly IReadOnlyDictionary<string, string> FormatRuleAlone = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["suppress-tmr2003.md"] = "with the format rule alone TMR2003 is unknown (TMR0009 at the key); the analyzer loads every pack, so the suppression is known and only lacks its justification (TMR0009 at the value)",
    };

    public static TheoryData<string> FixtureFolders() => new(Folders().Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/')));

    public static TheoryData<string> Cases() => new(HarnessCases.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(FixtureFolders))]
    public async Task A_fixture_folder_gives_exactly_its_marked_diagnostics(string folder)
    {
        var test = FixtureFolderTest(RepositoryPaths.InRepository(folder.Split('/')));

        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_case_gives_exactly_its_marked_diagnostics(string name)
    {
        await HarnessCases.All.Single(c => c.Name == name).ToTest().RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Every_ID_the_analyzer_declares_has_a_harness_test_or_a_reason()
    {
        var expected = Folders().SelectMany(f => Expected(f).Select(e => e.Id)).Concat(HarnessCases.All.SelectMany(c => c.Ids)).ToHashSet(StringComparer.Ordinal);
        var declared = new WorkItemAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToList();

        declared.Where(id => !expected.Contains(id) && !NotReportedByTheAnalyzer.ContainsKey(id)).ShouldBeEmpty("IDs without a harness test");
        NotReportedByTheAnalyzer.Keys.Where(expected.Contains).ShouldBeEmpty("IDs listed as not reported, yet expected by a harness test");
        NotReportedByTheAnalyzer.Keys.Where(id => !declared.Contains(id)).ShouldBeEmpty("IDs listed as not reported that the analyzer does not declare");
    }

    [Fact]
    public async Task Near_miss_the_harness_fails_when_a_marked_diagnostic_is_missing()
    {
        var test = HarnessCases.All[0].ToTest();
        test.ExpectedDiagnostics.Add(new DiagnosticResult("TMR2002", DiagnosticSeverity.Error).WithLocation(HarnessProject.PathOf("work-items/settings.md"), 7, 3));

        var failure = await Should.ThrowAsync<InvalidOperationException>(() => test.RunAsync(TestContext.Current.CancellationToken));

        failure.Message.ShouldContain("Mismatch between number of diagnostics returned, expected \"3\" actual \"2\"");
    }

    private static IEnumerable<string> Folders()
    {
        var roots = new[] { "scope", "acceptance", "invariants", "dependencies", "non-goals", "memory" }.Select(axis => RepositoryPaths.InRepository("rules", axis, "fixtures"))
            .Append(RepositoryPaths.InRepository("rules", "format", "fixtures"));
        // A folder with no Work Item of its own is a layout tree (the format profiles' fixtures), not one project.
        return roots.SelectMany(root => Directory.GetDirectories(root).Where(d => Directory.EnumerateFiles(d, "*.md").Any()).Order(StringComparer.Ordinal).Prepend(root));
    }

    // The Work Items of a fixture folder (not the .fixed.md twins) and its .tamer.yml, as they are: no
    // markup. A fixture marks the diagnostics of its own pack only, so the other packs' are disabled.
    private static WorkItemAnalyzerTest FixtureFolderTest(string folder)
    {
        var test = new WorkItemAnalyzerTest();
        test.TestState.MarkupHandling = MarkupMode.None;
        var own = OwnIdPrefix(folder);
        test.DisabledDiagnostics.AddRange(new WorkItemAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(id => !id.StartsWith(own, StringComparison.Ordinal) && !id.StartsWith("TMR9", StringComparison.Ordinal)));
        foreach (var file in WorkItemFiles(folder))
        {
            test.Project.WorkItem(test.TestState, Path.GetFileName(file), File.ReadAllText(file), "WorkItem");
        }

        if (File.Exists(Path.Combine(folder, ".tamer.yml")))
        {
            test.Project.Configuration(test.TestState, File.ReadAllText(Path.Combine(folder, ".tamer.yml")));
        }

        foreach (var (id, file, line, column) in Expected(folder))
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult(id, DiagnosticSeverity.Warning).WithOptions(DiagnosticOptions.IgnoreSeverity).WithLocation(HarnessProject.PathOf(file), line, column));
        }

        return test;
    }

    // rules/scope/fixtures/… → "TMR1"; the format rule's fixtures → "TMR0".
    private static string OwnIdPrefix(string folder)
    {
        var relative = Path.GetRelativePath(RepositoryPaths.Root, folder).Replace('\\', '/');
        var axes = new[] { "format", "scope", "acceptance", "invariants", "dependencies", "non-goals", "traceability", "memory" };
        var index = relative.StartsWith("rules/", StringComparison.Ordinal) ? Array.IndexOf(axes, relative.Split('/')[1]) : 0;
        return "TMR" + index;
    }

    private static IEnumerable<(string Id, string File, int Line, int Column)> Expected(string folder) =>
        WorkItemFiles(folder).SelectMany(file => FixtureMarkers.Read(File.ReadAllText(file))
            .Where(marker => !NotReportedByTheAnalyzer.ContainsKey(marker.Id))
            .Select(marker => (marker.Id, Path.GetFileName(file), marker.Line, marker.Column)));

    private static IEnumerable<string> WorkItemFiles(string folder) =>
        Directory.GetFiles(folder, "*.md")
            .Where(f => !f.EndsWith(".fixed.md", StringComparison.Ordinal) && !FormatRuleAlone.ContainsKey(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal);
}
