using Tamer.Spec.Text;

namespace Tamer.Spec.Yaml;

/// <summary>A node of the frontmatter's YAML tree, with its exact span in the file.</summary>
public abstract class YamlNode
{
    private protected YamlNode(TextSpan span, string? tag)
    {
        Span = span;
        Tag = tag;
    }

    /// <summary>The node's span in the decoded file text (quotes and brackets included).</summary>
    public TextSpan Span { get; }

    /// <summary>The explicit tag (<c>!!str</c>, …), or null.</summary>
    public string? Tag { get; }

    /// <summary>A word for the node's kind in messages: "a string", "a list", "a mapping".</summary>
    public abstract string KindDescription { get; }
}
