using Tamer.Spec.Text;

namespace Tamer.Spec.Formats;

/// <summary>One line of a Markdown file as the profiles read it: a heading, a list item, or other text.</summary>
internal sealed class MarkdownLine
{
    public MarkdownLine(int number, TextSpan span, int headingLevel, TextSpan content, int indent, bool isListItem, bool inCode)
    {
        Number = number;
        Span = span;
        HeadingLevel = headingLevel;
        Content = content;
        Indent = indent;
        IsListItem = isListItem;
        InCode = inCode;
    }

    /// <summary>The 1-based line number.</summary>
    public int Number { get; }

    /// <summary>The line without its line break.</summary>
    public TextSpan Span { get; }

    /// <summary>1–6 for an ATX heading (<c>## Title</c>), 0 otherwise.</summary>
    public int HeadingLevel { get; }

    /// <summary>A heading's text, a list item's text after its marker, or the line's text without its indent.</summary>
    public TextSpan Content { get; }

    /// <summary>Spaces before the text or the list marker (a tab counts as four).</summary>
    public int Indent { get; }

    /// <summary>True for a list item (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>).</summary>
    public bool IsListItem { get; }

    /// <summary>True inside a fenced code block (fences included): no heading or item there.</summary>
    public bool InCode { get; }

    public bool IsHeading => HeadingLevel > 0;

    public bool IsBlank => Content.Length == 0 && !IsListItem && HeadingLevel == 0;
}
