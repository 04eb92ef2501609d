using Tamer.Spec.Text;

namespace Tamer.Spec.Memory;

/// <summary>What is wrong with a registry entry or a rejected-design record, and where in its file.</summary>
public sealed class MemoryRecordProblem
{
    /// <summary>Creates a problem.</summary>
    public MemoryRecordProblem(TextSpan span, string message)
    {
        Span = span;
        Message = message;
    }

    /// <summary>Where it is, in the record's file.</summary>
    public TextSpan Span { get; }

    /// <summary>What is wrong, in words that name the offending text.</summary>
    public string Message { get; }
}
