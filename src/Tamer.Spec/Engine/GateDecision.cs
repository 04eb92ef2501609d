using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Engine;

/// <summary>
/// The gate's verdict on one Work Item: it is refused when at least one diagnostic of severity
/// error remains after configuration and justified suppressions.
/// </summary>
public sealed class GateDecision
{
    private GateDecision(IReadOnlyList<Diagnostic> refusals)
    {
        Refusals = refusals;
    }

    /// <summary>True when the Work Item is refused.</summary>
    public bool IsRefused => Refusals.Count > 0;

    /// <summary>The error diagnostics that refuse it (the refusal codes).</summary>
    public IReadOnlyList<Diagnostic> Refusals { get; }

    /// <summary>The decision for a Work Item's diagnostics.</summary>
    public static GateDecision For(IEnumerable<Diagnostic> diagnostics) =>
        new(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed).ToList());
}
