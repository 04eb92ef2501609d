using Tamer.Spec.Text;

namespace Tamer.Spec.Parsing;

/// <summary>
/// Another file whose text a Work Item's elements come from (a Spec Kit feature's tasks.md, a
/// Kiro spec's design.md). Its spans are placed after the Work Item's own text, from
/// <see cref="Start"/> on, so that a rule reports them as it reports any span and the diagnostic
/// still lands on that file's own line and column.
/// </summary>
internal sealed class JoinedFile
{
    public JoinedFile(string path, SourceText text, int start)
    {
        Path = path;
        Text = text;
        Start = start;
    }

    /// <summary>The file's path as the host gave it.</summary>
    public string Path { get; }

    /// <summary>The file's decoded text.</summary>
    public SourceText Text { get; }

    /// <summary>Where the file's first character lies in the Work Item document's spans.</summary>
    public int Start { get; }

    /// <summary>Just past the file's last character, in the Work Item document's spans.</summary>
    public int End => Start + Text.Length;

    /// <summary>A span of this file in the Work Item document's spans.</summary>
    public TextSpan Place(TextSpan span) => new(Start + span.Start, span.Length);

    /// <summary>True when <paramref name="span"/> (in the Work Item document's spans) lies in this file.</summary>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>The location of <paramref name="span"/> (in the Work Item document's spans) in this file.</summary>
    public SourceLocation GetLocation(TextSpan span) => Text.GetLocation(Path, new TextSpan(span.Start - Start, span.Length));
}
