using Tamer.Spec.Text;

namespace Tamer.Spec.Model;

/// <summary>A key or value of the frontmatter that does not fit the Work Item format.</summary>
public sealed class SchemaProblem
{
    /// <summary>Creates a problem.</summary>
    public SchemaProblem(SchemaProblemKind kind, TextSpan span, string key, string? container, string found, string expected, string? suggestion)
    {
        Kind = kind;
        Span = span;
        Key = key;
        Container = container;
        Found = found;
        Expected = expected;
        Suggestion = suggestion;
    }

    /// <summary>What is wrong.</summary>
    public SchemaProblemKind Kind { get; }

    /// <summary>The key (for an unknown key) or the value (otherwise).</summary>
    public TextSpan Span { get; }

    /// <summary>The key concerned, as a dotted path (<c>scope.write</c>).</summary>
    public string Key { get; }

    /// <summary>The mapping that holds an unknown key (<c>scope</c>, <c>estimate</c>, …), or null at the top level.</summary>
    public string? Container { get; }

    /// <summary>What was found, ready for a message (<c>'doing'</c>, <c>a list</c>).</summary>
    public string Found { get; }

    /// <summary>What the format expects, ready for a message.</summary>
    public string Expected { get; }

    /// <summary>The closest known key or value, or null when none is close.</summary>
    public string? Suggestion { get; }
}
