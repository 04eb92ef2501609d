using Tamer.Spec.Paths;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Model;

/// <summary>One path of a scope list.</summary>
public sealed class PathEntry
{
    /// <summary>Creates an entry.</summary>
    public PathEntry(ScopeAccess access, YamlScalar node)
        : this(access, node, PathPattern.Parse((node ?? throw new System.ArgumentNullException(nameof(node))).Value))
    {
    }

    // An entry whose pattern was parsed from the same text before (Work Items rebuilt from stored facts share them).
    internal PathEntry(ScopeAccess access, YamlScalar node, PathPattern pattern)
    {
        Access = access;
        Node = node;
        Pattern = pattern;
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
