using Tamer.Spec.Paths;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Model;

/// <summary>One path of a scope list.</summary>
public sealed class PathEntry
{
    /// <summary>Creates an entry.</summary>
    public PathEntry(ScopeAccess access, YamlScalar node)
    {
        Access = access;
        Node = node;
        Pattern = PathPattern.Parse(node.Value);
    }

    /// <summary>The list the path is in.</summary>
    public ScopeAccess Access { get; }

    /// <summary>The path as written.</summary>
    public string Text => Node.Value;

    /// <summary>The path, parsed.</summary>
    public PathPattern Pattern { get; }

    /// <summary>The path's span.</summary>
    public TextSpan Span => Node.Span;

    /// <summary>The YAML scalar.</summary>
    public YamlScalar Node { get; }
}
