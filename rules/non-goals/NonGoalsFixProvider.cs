using System.Collections.Generic;
using Tamer.Spec.Fixes;

namespace Tamer.Spec.Rules.NonGoals;

/// <summary>TMR5001, a suggestion: a <c>non_goals:</c> key with a commented example entry, for the author to fill.</summary>
internal sealed class NonGoalsFixProvider : FixProvider
{
    public override IReadOnlyList<string> FixableDiagnosticIds { get; } = new[] { NonGoalsDiagnostics.MissingNonGoals.Id };

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        var fix = SkeletonFix.AddKey(context, "non_goals", "something a reader might expect this change to do, which it does not");
        return fix is null ? System.Array.Empty<CodeFix>() : new[] { fix };
    }
}
