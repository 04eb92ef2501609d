using System;
using System.Collections.Generic;
using Tamer.Spec.Claims;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>One acceptance criterion of a Work Item and the tests that claim it.</summary>
public sealed class CriterionTrace
{
    /// <summary>Creates a trace.</summary>
    public CriterionTrace(WorkItemDocument document, AcceptanceCriterion criterion, IReadOnlyList<CriterionClaim> claimedBy)
    {
        Document = document ?? throw new ArgumentNullException(nameof(document));
        Criterion = criterion ?? throw new ArgumentNullException(nameof(criterion));
        ClaimedBy = claimedBy ?? throw new ArgumentNullException(nameof(claimedBy));
    }

    /// <summary>The Work Item's file.</summary>
    public WorkItemDocument Document { get; }

    /// <summary>The criterion.</summary>
    public AcceptanceCriterion Criterion { get; }

    /// <summary>The claims that name it, in the order they were given.</summary>
    public IReadOnlyList<CriterionClaim> ClaimedBy { get; }
}
