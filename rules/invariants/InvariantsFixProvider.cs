using System.Collections.Generic;
using Tamer.Spec.Fixes;

namespace Tamer.Spec.Rules.Invariants;

/// <summary>TMR3001, a suggestion: an <c>invariants:</c> key with a commented example entry, for the author to fill.</summary>
internal sealed class InvariantsFixProvider : FixProvider
{
    public override IReadOnlyList<string> FixableDiagnosticIds { get; } = new[] { InvariantsDiagnostics.MissingInvariants.Id };

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        var fix = SkeletonFix.AddKey(context, "invariants", "\"a property this change must keep\": \"what breaks if it does not hold\"");
        return fix is null ? System.Array.Empty<CodeFix>() : new[] { fix };
    }
}
