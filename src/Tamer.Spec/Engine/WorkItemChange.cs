using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Claims;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Engine;

/// <summary>
/// A change the lint judges beside the Work Items: the repository-relative paths it touched, the
/// Work Item it implements, and the claims its tests make (<c>[Satisfies]</c>). Rules see it in
/// <see cref="Rules.RuleContext.Change"/> and <see cref="Rules.ClaimContext"/> and report what
/// they find from <see cref="Rules.Rule.AnalyzeChange"/> and <see cref="Rules.Rule.AnalyzeClaims"/>,
/// with the configured versions, severities and suppressions of every other diagnostic.
/// </summary>
public sealed class WorkItemChange
{
    private Dictionary<string, List<CriterionClaim>>? _claimsByWorkItem;
    /// <summary>Creates a change.</summary>
    /// <param name="changedPaths">The paths the change touched, relative to the repository root; they are normalised (see <see cref="Normalize"/>), and empty ones and repeats dropped.</param>
    /// <param name="workItemId">The id of the Work Item the change implements; null when it applies to every reported Work Item.</param>
    public WorkItemChange(IEnumerable<string> changedPaths, string? workItemId = null)
    {
        if (changedPaths is null)
        {
            throw new ArgumentNullException(nameof(changedPaths));
        }

        ChangedPaths = changedPaths.Select(Normalize).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        WorkItemId = workItemId;
    }

    /// <summary>The changed paths, normalised, each once, in the order given.</summary>
    public IReadOnlyList<string> ChangedPaths { get; }

    /// <summary>The id of the Work Item the change implements, or null for every reported one.</summary>
    public string? WorkItemId { get; }

    /// <summary>The claims the tests make, as a host read them from the code; empty when it read none.</summary>
    public IReadOnlyList<CriterionClaim> Claims { get; init; } = Array.Empty<CriterionClaim>();

    /// <summary>
    /// True when <see cref="Claims"/> are all the claims there are (every test was read), so that
    /// a criterion no claim names is unclaimed rather than unseen.
    /// </summary>
    public bool ClaimsAreComplete { get; init; }

    /// <summary>
    /// The test runs that come with the change (TRX or JUnit XML files a host read): the evidence
    /// for the claims. Empty when none came; a rule then has no run to judge the claims against.
    /// </summary>
    public IReadOnlyList<TestRuns.TestRun> TestRuns { get; init; } = Array.Empty<TestRuns.TestRun>();

    /// <summary>A change that is only the claims of the tests, for every Work Item.</summary>
    public static WorkItemChange OfClaims(IEnumerable<CriterionClaim> claims, bool complete) =>
        new(Array.Empty<string>()) { Claims = (claims ?? throw new ArgumentNullException(nameof(claims))).ToList(), ClaimsAreComplete = complete };

    /// <summary>The claims that name the Work Item <paramref name="workItemId"/>, in the order given.</summary>
    public IReadOnlyList<CriterionClaim> ClaimsOf(string workItemId)
    {
        var index = _claimsByWorkItem;
        if (index is null)
        {
            index = new Dictionary<string, List<CriterionClaim>>(StringComparer.Ordinal);
            foreach (var claim in Claims)
            {
                if (!index.TryGetValue(claim.WorkItem.Value, out var list))
                {
                    index[claim.WorkItem.Value] = list = new List<CriterionClaim>();
                }

                list.Add(claim);
            }

            _claimsByWorkItem = index;
        }

        return index.TryGetValue(workItemId ?? string.Empty, out var found) ? found : (IReadOnlyList<CriterionClaim>)Array.Empty<CriterionClaim>();
    }

    /// <summary>True when the change is judged against <paramref name="document"/>.</summary>
    public bool AppliesTo(WorkItemDocument document) =>
        WorkItemId is null || string.Equals(document?.WorkItem?.Id?.Value, WorkItemId, StringComparison.Ordinal);

    /// <summary>
    /// A changed path as a scope compares it: '/' separators, no '.' or empty segments, and each
    /// '..' taken back with the segment before it (<c>src/a/../b.ts</c> is <c>src/b.ts</c>). A path
    /// that climbs above the repository root keeps its leading '..' segments, so that no write
    /// scope matches it.
    /// </summary>
    public static string Normalize(string path)
    {
        var segments = new List<string>();
        foreach (var segment in (path ?? string.Empty).Trim().Replace('\\', '/').Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join("/", segments);
    }

    /// <summary>True when a normalised path climbs above the repository root.</summary>
    public static bool IsAboveRoot(string normalizedPath) =>
        normalizedPath == ".." || (normalizedPath ?? string.Empty).StartsWith("../", StringComparison.Ordinal);
}
