using System.Collections.Generic;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Yaml;

/// <summary>The result of reading a frontmatter block: its root node and what went wrong.</summary>
public sealed class YamlTree
{
    internal YamlTree(YamlNode? root, IReadOnlyList<ParseProblem> problems)
    {
        Root = root;
        Problems = problems;
    }

    /// <summary>The root node; null when the block is empty or a fatal problem stopped the read.</summary>
    public YamlNode? Root { get; }

    /// <summary>Problems, fatal or not, in the order found.</summary>
    public IReadOnlyList<ParseProblem> Problems { get; }
}
