using Tamer.Spec.Text;

namespace Tamer.Spec.Formats.Kiro;

/// <summary>One number of a task's <c>_Requirements: 1.2, 4.1_</c> line.</summary>
internal sealed class KiroTaskLink
{
    public KiroTaskLink(string? task, string number, TextSpan span)
    {
        Task = task;
        Number = number;
        Span = span;
    }

    /// <summary>The task's number (<c>2.1</c>), or null when the line is under no numbered task.</summary>
    public string? Task { get; }

    /// <summary>The requirement or criterion number linked to.</summary>
    public string Number { get; }

    /// <summary>Where the number is written.</summary>
    public TextSpan Span { get; }
}
