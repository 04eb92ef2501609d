using System;
using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Claims;

/// <summary>
/// What one <c>[Satisfies("WI-…", "AC-n", …)]</c> says: the test (or test class) that makes the
/// claim, the Work Item and the criteria it proves.
/// </summary>
public sealed class CriterionClaim
{
    /// <summary>Creates a claim.</summary>
    public CriterionClaim(string claimant, ClaimArgument workItem, IEnumerable<ClaimArgument> criteria)
    {
        Claimant = claimant ?? throw new ArgumentNullException(nameof(claimant));
        WorkItem = workItem ?? throw new ArgumentNullException(nameof(workItem));
        Criteria = (criteria ?? throw new ArgumentNullException(nameof(criteria))).ToList();
    }

    /// <summary>The claiming test, as a reader finds it: <c>Namespace.Class.Method</c>.</summary>
    public string Claimant { get; }

    /// <summary>The Work Item id argument.</summary>
    public ClaimArgument WorkItem { get; }

    /// <summary>The criterion id arguments, in order.</summary>
    public IReadOnlyList<ClaimArgument> Criteria { get; }

    /// <inheritdoc />
    public override string ToString() => Claimant + " claims " + WorkItem.Value + " " + string.Join(", ", Criteria.Select(c => c.Value));
}
