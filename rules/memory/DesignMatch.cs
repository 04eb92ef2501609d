using System.Collections.Generic;
using Tamer.Spec.Memory;

namespace Tamer.Spec.Rules.Memory;

/// <summary>A rejected design a Work Item resembles: the record, how much (0–1) and the words they share, heaviest first.</summary>
public sealed class DesignMatch
{
    internal DesignMatch(RejectedDesign record, double score, IReadOnlyList<string> sharedTerms)
    {
        Record = record;
        Score = score;
        SharedTerms = sharedTerms;
    }

    /// <summary>The record.</summary>
    public RejectedDesign Record { get; }

    /// <summary>The share of the record's term weight the Work Item's text contains, 0 to 1.</summary>
    public double Score { get; }

    /// <summary>The terms both have, heaviest in the record first.</summary>
    public IReadOnlyList<string> SharedTerms { get; }
}
