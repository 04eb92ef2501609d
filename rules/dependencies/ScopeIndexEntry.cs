using Tamer.Spec.Model;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>One scope path of one Work Item, as the scope index holds it.</summary>
public sealed class ScopeIndexEntry
{
    internal ScopeIndexEntry(WorkItemDocument document, int documentOrdinal, PathEntry path)
    {
        Document = document;
        DocumentOrdinal = documentOrdinal;
        Path = path;
    }

    /// <summary>The Work Item the path belongs to.</summary>
    public WorkItemDocument Document { get; }

    /// <summary>The Work Item's place among the indexed ones (0 to <see cref="ScopePathIndex.DocumentCount"/> − 1).</summary>
    internal int DocumentOrdinal { get; }

    /// <summary>The path.</summary>
    public PathEntry Path { get; }

    /// <summary>What the path grants.</summary>
    public ScopeAccess Access => Path.Access;
}
