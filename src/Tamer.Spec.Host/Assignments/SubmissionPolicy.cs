using System.Globalization;
using System.Linq;
using Tamer.Spec.Model;

namespace Tamer.Spec.Host.Assignments;

/// <summary>
/// The host's rules for finishing work, from <c>--evidence</c>, <c>--review</c>, <c>--block-after</c>
/// and <c>--claims</c>: whether every submission must carry a test run that proves the Work Item's
/// criteria; which Work Items go from review to done only through another token's review (none,
/// all, or those estimated at N changed lines or more, and those without an estimate); after how
/// many submissions in a row refused for unproven criteria a worker gets no new assignment; and
/// the folder whose C# tests' <c>[Satisfies]</c> claims count (null: the repository).
/// </summary>
internal sealed record SubmissionPolicy(bool EvidenceRequired, ReviewRequirement Review, int ReviewFromDiffLines, int BlockAfter, string? ClaimsFolder)
{
    /// <summary>The default: evidence judged when sent, no review required, blocked after 3 refusals in a row.</summary>
    public static SubmissionPolicy Default { get; } = new(false, ReviewRequirement.Off, 0, 3, null);

    /// <summary>
    /// True when <paramref name="workItem"/> needs another token's review before it is done: by the
    /// policy, or always when a criterion says <c>manual: true</c> (a person, not the run, checks it).
    /// </summary>
    public bool NeedsReview(WorkItem? workItem) => workItem?.AcceptanceCriteria.Items.Any(c => c.IsManual) == true || Review switch
    {
        ReviewRequirement.Always => true,
        ReviewRequirement.FromEstimate => workItem?.Estimate?.DiffLines is not { } lines || lines >= ReviewFromDiffLines,
        _ => false,
    };

    /// <summary>Reads the settings' values, or throws <see cref="HostStartException"/> naming the one that is wrong.</summary>
    public static SubmissionPolicy Parse(string? evidence, string? review, string? blockAfter, string? claimsFolder)
    {
        var policy = Default with { ClaimsFolder = claimsFolder };
        policy = evidence switch
        {
            null or "" or "off" => policy,
            "required" => policy with { EvidenceRequired = true },
            _ => throw new HostStartException("--evidence is 'required' or 'off', not '" + evidence + "'"),
        };

        policy = review switch
        {
            null or "" or "off" => policy,
            "always" => policy with { Review = ReviewRequirement.Always },
            _ when int.TryParse(review, NumberStyles.None, CultureInfo.InvariantCulture, out var lines) && lines > 0 => policy with { Review = ReviewRequirement.FromEstimate, ReviewFromDiffLines = lines },
            _ => throw new HostStartException("--review is 'off', 'always' or a number of changed lines (Work Items estimated at that many or more, and those without an estimate, need a review), not '" + review + "'"),
        };

        if (!string.IsNullOrEmpty(blockAfter))
        {
            if (!int.TryParse(blockAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new HostStartException("--block-after is a number of submissions (0 never blocks), not '" + blockAfter + "'");
            }

            policy = policy with { BlockAfter = count };
        }

        return policy;
    }
}

/// <summary>Which Work Items need a review by another token before they are done.</summary>
internal enum ReviewRequirement
{
    /// <summary>None: the worker completes its own assignment.</summary>
    Off,

    /// <summary>Every one.</summary>
    Always,

    /// <summary>Those estimated at <see cref="SubmissionPolicy.ReviewFromDiffLines"/> changed lines or more, and those without an estimate.</summary>
    FromEstimate,
}
