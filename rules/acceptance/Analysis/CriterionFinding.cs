namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>One reason a criterion is vague: its kind, the words that show it (position in the criterion's text) and why.</summary>
internal sealed class CriterionFinding
{
    public CriterionFinding(FindingKind kind, int start, int length, string term, string reason)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Term = term;
        Reason = reason;
    }

    public FindingKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>The words as written in the criterion.</summary>
    public string Term { get; }

    /// <summary>Why the words make the criterion vague, for the message.</summary>
    public string Reason { get; }
}
