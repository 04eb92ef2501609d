using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Engine;

/// <summary>The rule versions picked for a run, and what was wrong with the configuration.</summary>
public sealed class RuleSelection
{
    internal RuleSelection(IReadOnlyList<SelectedRule> rules, IReadOnlyList<Diagnostic> diagnostics)
    {
        Rules = rules;
        Diagnostics = diagnostics;
    }

    /// <summary>One rule per enabled axis, in pack order.</summary>
    public IReadOnlyList<SelectedRule> Rules { get; }

    /// <summary>TMR9001 and TMR9002 diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when the configuration cannot be used.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
