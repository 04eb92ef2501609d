namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>
/// One thing the reading of a criterion observed: a named feature (<c>result:status</c>,
/// <c>smell:capability</c>, <c>word:allow</c>), the words that show it (a span of the criterion's
/// text; empty for a feature of the whole criterion, such as a missing result) and, for a smell,
/// what it says is wrong.
/// </summary>
internal readonly struct Signal
{
    public Signal(string name, int start, int length, SignalKind kind, string? reason = null)
    {
        Name = name;
        Start = start;
        Length = length;
        Kind = kind;
        Reason = reason;
    }

    /// <summary>The feature's name, as the model's weights file lists it.</summary>
    public string Name { get; }

    /// <summary>Where the words that show it start in the criterion's text.</summary>
    public int Start { get; }

    /// <summary>How long those words are; 0 for a feature of the whole criterion.</summary>
    public int Length { get; }

    /// <summary>What kind of evidence this is, which decides how a message names it.</summary>
    public SignalKind Kind { get; }

    /// <summary>For a smell, why the words make the criterion hard to decide (used in the message).</summary>
    public string? Reason { get; }

    /// <summary>True when the signal points at words of the criterion.</summary>
    public bool HasWords => Length > 0;

    public override string ToString() => Name + "@" + Start + "+" + Length;
}
