using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tamer.Spec.TestRuns;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>
/// With test runs in the change, every acceptance criterion of the Work Item is proven by them: at
/// least one test in the runs claims it (TMR6004), and every claiming test passed (TMR6005). A
/// test claims a criterion by a C# <c>[Satisfies]</c> (on its method or class) or by naming
/// <c>WI-ID/AC-n</c> itself. A criterion that says <c>manual: true</c> needs no test: it is listed
/// (TMR6006, an info, with how a person checks it) so that every report shows what the run does
/// not prove. Each diagnostic is at the criterion's id, or the criterion.
/// </summary>
internal static class TestRunEvidenceCheck
{
    // How many test names a message lists before it says how many more there are.
    private const int NamesShown = 3;

    public static void Run(RuleContext context)
    {
        var change = context.Change!;
        var workItem = context.WorkItem;
        if (change.TestRuns.Count == 0 || workItem.Id is null)
        {
            return;
        }

        var id = workItem.Id.Value;
        var claims = change.ClaimsOf(id);
        var results = change.TestRuns.SelectMany(r => r.Results).ToList();
        foreach (var criterion in workItem.AcceptanceCriteria.Items)
        {
            var span = criterion.IdSpan ?? criterion.Span;
            var text = criterion.Text.Value;
            var named = new Dictionary<string, string> { [TraceabilityDiagnostics.CriterionProperty] = ManualCheck.NameOf(criterion) };
            if (criterion.IsManual)
            {
                context.Report(TraceabilityDiagnostics.ManualCriterion, span, named, ManualCheck.NameOf(criterion), id, ManualCheck.HowChecked(criterion), text);
                continue;
            }

            if (criterion.Id is null)
            {
                context.Report(TraceabilityDiagnostics.UnprovenCriterion, span, named, ManualCheck.NameOf(criterion), id, text, "it has no id, so no test can claim it; give it one (TMR2006 numbers criteria)");
                continue;
            }

            var claimants = claims.Where(c => c.Criteria.Any(a => string.Equals(a.Value, criterion.Id, StringComparison.Ordinal))).Select(c => c.Claimant).ToList();
            var reference = new CriterionReference(id, criterion.Id);
            var proving = results.Where(r => r.Criteria.Contains(reference) || claimants.Any(r.IsClaimedBy)).ToList();
            if (proving.Count == 0)
            {
                var advice = claimants.Count > 0
                    ? "the tests that claim it (" + Names(claimants) + ") are not in the run"
                    : "mark the test that proves it with [Satisfies(\"" + id + "\", \"" + criterion.Id + "\")] or put " + reference + " in its name";
                context.Report(TraceabilityDiagnostics.UnprovenCriterion, span, named, criterion.Id, id, text, advice);
                continue;
            }

            var notPassed = proving.Where(r => r.Outcome != TestOutcome.Passed).ToList();
            if (notPassed.Count > 0)
            {
                context.Report(TraceabilityDiagnostics.FailingCriterion, span, named, criterion.Id, id, Names(proving.Select(r => r.Name)), Outcomes(notPassed), text);
            }
        }
    }

    private static string Outcomes(IReadOnlyList<TestResult> notPassed)
    {
        var parts = notPassed.GroupBy(r => r.Outcome).OrderBy(g => g.Key).Select(g => Names(g.Select(r => r.Name)) + " " + Verb(g.Key, g.Count()));
        return string.Join("; ", parts);
    }

    private static string Verb(TestOutcome outcome, int count) => outcome switch
    {
        TestOutcome.Failed => "failed",
        TestOutcome.Skipped => count == 1 ? "was skipped" : "were skipped",
        _ => "did not run to an end",
    };

    private static string Names(IEnumerable<string> names)
    {
        var all = names.Distinct(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", all.Take(NamesShown));
        return all.Count > NamesShown ? shown + " and " + (all.Count - NamesShown).ToString(CultureInfo.InvariantCulture) + " more" : shown;
    }
}
