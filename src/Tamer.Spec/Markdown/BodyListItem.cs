using Tamer.Spec.Text;

namespace Tamer.Spec.Markdown;

/// <summary>One list item under a meaningful body heading: its first paragraph's text.</summary>
internal sealed class BodyListItem
{
    public BodyListItem(SourcedText text, TextSpan span)
    {
        Text = text;
        Span = span;
    }

    /// <summary>The item's first paragraph, lines joined by a space.</summary>
    public SourcedText Text { get; }

    /// <summary>The paragraph's span in the file.</summary>
    public TextSpan Span { get; }
}
