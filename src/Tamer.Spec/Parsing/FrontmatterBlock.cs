using Tamer.Spec.Text;

namespace Tamer.Spec.Parsing;

/// <summary>Where the frontmatter and the body of a file lie.</summary>
internal sealed class FrontmatterBlock
{
    public FrontmatterBlock(TextSpan openingLine, TextSpan yaml, TextSpan whole, TextSpan body)
    {
        OpeningLine = openingLine;
        Yaml = yaml;
        Whole = whole;
        Body = body;
    }

    /// <summary>The opening <c>---</c> line.</summary>
    public TextSpan OpeningLine { get; }

    /// <summary>The YAML between the delimiter lines.</summary>
    public TextSpan Yaml { get; }

    /// <summary>From the opening line to the end of the closing line.</summary>
    public TextSpan Whole { get; }

    /// <summary>Everything after the closing line.</summary>
    public TextSpan Body { get; }
}
