using System;
using System.Linq;
using NuGet.Versioning;

namespace Tamer.Spec.Rules.NonGoals;

/// <summary>
/// Non-goals 2.0.0: with an estimate over 50 lines of diff, non-goals are required (TMR5001) and
/// accepted failures advised (TMR5002); without an estimate the size is unknown (TMR5003); a
/// non-goal that a criterion asks for is a contradiction (TMR5004).
/// </summary>
public sealed class NonGoalsRuleV2 : Rule
{
    /// <summary>Creates the rule.</summary>
    public NonGoalsRuleV2()
        : base(
            new NuGetVersion(2, 0, 0),
            new[] { NonGoalsDiagnostics.MissingNonGoals, NonGoalsDiagnostics.MissingAcceptedFailures, NonGoalsDiagnostics.MissingEstimate, NonGoalsDiagnostics.ContradictedNonGoal })
    {
    }

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var workItem = context.WorkItem;
        var estimate = workItem.Estimate;

        // An estimate of the wrong shape is already a format error (TMR0007); saying "no estimate"
        // beside it would repeat the finding in other words.
        var malformed = workItem.SchemaProblems.Any(p => p.Key == "estimate" || p.Key.StartsWith("estimate.", StringComparison.Ordinal));
        if (estimate is null || (estimate.DiffLines is null && estimate.Files is null))
        {
            if (!malformed)
            {
                context.Report(NonGoalsDiagnostics.MissingEstimate, estimate?.KeySpan ?? workItem.OpeningLineSpan);
            }
        }
        else if (estimate.DiffLines is { } diffLines && diffLines > context.Settings.Get(NonGoalsSettings.LargeDiffLines))
        {
            var span = estimate.DiffLinesSpan ?? estimate.KeySpan;
            if (workItem.NonGoals.Count == 0)
            {
                context.Report(NonGoalsDiagnostics.MissingNonGoals, span, diffLines);
            }

            if (workItem.AcceptedFailures.Count == 0)
            {
                context.Report(NonGoalsDiagnostics.MissingAcceptedFailures, span, diffLines);
            }
        }

        ContradictionCheck.Run(context);
    }
}
