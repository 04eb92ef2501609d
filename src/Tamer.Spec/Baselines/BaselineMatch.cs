using System.Collections.Generic;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Baselines;

/// <summary>What a baseline made of one document's diagnostics.</summary>
public sealed class BaselineMatch
{
    internal BaselineMatch(IReadOnlyList<Diagnostic> reported, IReadOnlyList<Diagnostic> baselined, IReadOnlyList<Diagnostic> fixedProblems)
    {
        Reported = reported;
        Baselined = baselined;
        FixedProblems = fixedProblems;
    }

    /// <summary>The diagnostics still reported (no entry, or an expired one).</summary>
    public IReadOnlyList<Diagnostic> Reported { get; }

    /// <summary>The diagnostics an entry hides.</summary>
    public IReadOnlyList<Diagnostic> Baselined { get; }

    /// <summary>TMR9005 for each of the document's entries that matched nothing.</summary>
    public IReadOnlyList<Diagnostic> FixedProblems { get; }
}
