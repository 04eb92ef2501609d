using Tamer.Spec.Testing;

namespace Tamer.Spec.Fuzz.Tests;

/// <summary>
/// Every input fuzz/run.sh starts afl-fuzz with (the repository's example and fixture Work Items
/// and configurations, the hand-written seeds), the corpus kept from the fuzzing recorded in
/// docs/reliability.md, and every kept finding, replayed through each target's checks.
/// </summary>
public sealed class ReplayTests
{
    public static TheoryData<string> Targets() => new(FuzzTargets.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_seed_and_saved_input_passes_the_target_s_checks(string name)
    {
        var target = FuzzTargets.Find(name)!;
        var inputs = FuzzInputs.For(name).ToList();

        inputs.Count.ShouldBeGreaterThan(name == "config" ? 5 : 100, "the seeds were found");
        inputs.Select(f => (File: Path.GetRelativePath(RepositoryPaths.Root, f), Failure: Replay.Failure(target, File.ReadAllBytes(f))))
            .Where(r => r.Failure is not null)
            .Select(r => r.File + ": " + r.Failure)
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_checks_pass_a_plain_Work_Item_and_fail_on_a_rule_that_threw()
    {
        Replay.Failure(FuzzTargets.Find("workitem")!, "---\nid: WI-FUZZ-0003\ntitle: t\n---\n"u8.ToArray()).ShouldBeNull();

        // A rule that throws is a finding even though the engine turns it into TMR9003 and goes on.
        var ruleFailure = Tamer.Spec.Engine.EngineDiagnostics.Create(Tamer.Spec.Engine.EngineDiagnostics.RuleFailure, null, "rule x failed");
        Should.Throw<FuzzFailure>(() => DiagnosticChecks.NoRuleFailed([ruleFailure]));
    }
}
