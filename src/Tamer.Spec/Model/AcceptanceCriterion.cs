using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Model;

/// <summary>One acceptance criterion, from the frontmatter or from the body.</summary>
public sealed class AcceptanceCriterion
{
    /// <summary>Creates a criterion.</summary>
    public AcceptanceCriterion(int index, string? id, TextSpan? idSpan, SourcedText text, SourcedText? verify, TextSpan span, ListOrigin origin, YamlNode? node)
    {
        Index = index;
        Id = id;
        IdSpan = idSpan;
        Text = text;
        Verify = verify;
        Span = span;
        Origin = origin;
        Node = node;
    }

    /// <summary>0-based position in the list.</summary>
    public int Index { get; }

    /// <summary>The id (<c>AC-1</c>), from an <c>AC-n:</c> prefix or an <c>id</c> key; null when none.</summary>
    public string? Id { get; }

    /// <summary>Where the id is written, or null.</summary>
    public TextSpan? IdSpan { get; }

    /// <summary>The criterion's text without its id prefix.</summary>
    public SourcedText Text { get; }

    /// <summary>The <c>verify</c> text of a map item, or null.</summary>
    public SourcedText? Verify { get; }

    /// <summary>The whole item: the YAML node or the body list item's text.</summary>
    public TextSpan Span { get; }

    /// <summary>Frontmatter or body.</summary>
    public ListOrigin Origin { get; }

    /// <summary>The YAML node of a frontmatter item, or null for a body item.</summary>
    public YamlNode? Node { get; }

    /// <summary>
    /// The <c>manual</c> key of a map item, or null: <c>manual: true</c> says a person, not a test,
    /// checks the criterion (its <see cref="Verify"/> says how).
    /// </summary>
    public BooleanValue? Manual { get; init; }

    /// <summary>True when the criterion says <c>manual: true</c>.</summary>
    public bool IsManual => Manual?.Value == true;
}
