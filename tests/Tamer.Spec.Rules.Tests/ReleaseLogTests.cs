using Tamer.Spec.Testing;

namespace Tamer.Spec.Rules.Tests;

/// <summary>Every built-in pack keeps a RELEASES.md that agrees with its descriptors, version by version.</summary>
public sealed class ReleaseLogTests
{
    public static TheoryData<string> Axes => new(AxisPacks.UnderRules.Select(p => p.Axis));

    [Theory]
    [MemberData(nameof(Axes))]
    public void Each_packs_release_log_lists_every_ID_default_severity_and_version(string axis)
    {
        var pack = Pack(axis);
        var path = LogPath(axis);
        if (!File.Exists(path) && Environment.GetEnvironmentVariable("TAMER_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, ReleaseLog.Draft(pack));
        }

        File.Exists(path).ShouldBeTrue(path + " is missing: every pack keeps a release log (ReleaseLog.Draft writes a first one)");
        ReleaseLog.Check(pack, File.ReadAllText(path)).ShouldBeEmpty();
    }

    [Fact]
    public void A_default_severity_changed_without_a_matching_entry_fails_the_check()
    {
        var pack = Pack("acceptance");
        var log = File.ReadAllText(LogPath("acceptance"));
        var mutated = log.Replace("| TMR2003 | added | warning |", "| TMR2003 | added | error |", StringComparison.Ordinal);
        mutated.ShouldNotBe(log, "the mutation must hit the log");

        var problems = ReleaseLog.Check(pack, mutated);

        problems.ShouldNotBeEmpty();
        problems.ShouldContain(p => p.StartsWith("TMR2003 has the default severity warning in acceptance ", StringComparison.Ordinal) && p.EndsWith("section", StringComparison.Ordinal));
    }

    [Fact]
    public void A_version_or_an_ID_missing_from_the_log_fails_the_check()
    {
        var pack = Pack("scope");
        var log = File.ReadAllText(LogPath("scope"));
        var withoutFirst = log[..log.IndexOf("\n## 1.0.0", StringComparison.Ordinal)];
        var withoutRow = string.Join("\n", log.Split('\n').Where(l => !l.StartsWith("| TMR1001 |", StringComparison.Ordinal)));

        ReleaseLog.Check(pack, withoutFirst).ShouldContain("RELEASES.md has no section for scope 1.0.0");
        ReleaseLog.Check(pack, withoutRow).ShouldContain(p => p.StartsWith("TMR1001 is reported by scope 1.0.0 but RELEASES.md never adds it", StringComparison.Ordinal));
        ReleaseLog.Check(pack, log + "\n## 9.0.0\n").ShouldContain("RELEASES.md has a section for 9.0.0, which the pack does not carry");
    }

    private static RulePack Pack(string axis) => AxisPacks.UnderRules.Single(p => p.Axis == axis);

    private static string LogPath(string axis) => RepositoryPaths.InRepository("rules", axis, "RELEASES.md");
}
