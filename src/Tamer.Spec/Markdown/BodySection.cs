using System.Collections.Generic;
using Tamer.Spec.Text;

namespace Tamer.Spec.Markdown;

/// <summary>A body heading the format gives meaning to, and the list items under it.</summary>
internal sealed class BodySection
{
    public BodySection(TextSpan headingSpan, IReadOnlyList<BodyListItem> items)
    {
        HeadingSpan = headingSpan;
        Items = items;
    }

    /// <summary>The heading line's span in the file.</summary>
    public TextSpan HeadingSpan { get; }

    /// <summary>The list items under the heading, in order.</summary>
    public IReadOnlyList<BodyListItem> Items { get; }
}
