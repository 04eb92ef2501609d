using System;
using System.Collections.Generic;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>What a check of the claims found: the engine's diagnostics and, for every criterion, who claims it (<see cref="ClaimTraces"/>).</summary>
public sealed class ClaimReport
{
    /// <summary>Creates a report.</summary>
    public ClaimReport(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<CriterionTrace> criteria)
    {
        Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
        Criteria = criteria ?? throw new ArgumentNullException(nameof(criteria));
    }

    /// <summary>
    /// TMR6001 and TMR6002 located at the claim's argument in the code, TMR6003 at the criterion
    /// in its Work Item; severities after configuration, none of severity <c>none</c>.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Every acceptance criterion of every Work Item, in workspace then list order.</summary>
    public IReadOnlyList<CriterionTrace> Criteria { get; }
}
