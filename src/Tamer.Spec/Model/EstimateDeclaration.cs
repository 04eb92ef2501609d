using Tamer.Spec.Text;

namespace Tamer.Spec.Model;

/// <summary>The <c>estimate</c> map: expected size of the change.</summary>
public sealed class EstimateDeclaration
{
    /// <summary>Creates an estimate.</summary>
    public EstimateDeclaration(TextSpan keySpan, TextSpan span, long? diffLines, TextSpan? diffLinesSpan, long? files, TextSpan? filesSpan)
    {
        KeySpan = keySpan;
        Span = span;
        DiffLines = diffLines;
        DiffLinesSpan = diffLinesSpan;
        Files = files;
        FilesSpan = filesSpan;
    }

    /// <summary>The <c>estimate</c> key's span.</summary>
    public TextSpan KeySpan { get; }

    /// <summary>The value's span.</summary>
    public TextSpan Span { get; }

    /// <summary>Expected lines of diff, or null.</summary>
    public long? DiffLines { get; }

    /// <summary>The <c>diff_lines</c> value's span, or null.</summary>
    public TextSpan? DiffLinesSpan { get; }

    /// <summary>Expected files touched, or null.</summary>
    public long? Files { get; }

    /// <summary>The <c>files</c> value's span, or null.</summary>
    public TextSpan? FilesSpan { get; }
}
