using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Model;

/// <summary>One entry of <c>invariants</c>.</summary>
public sealed class InvariantDeclaration
{
    /// <summary>Creates an invariant.</summary>
    public InvariantDeclaration(InvariantShape shape, string? id, SourcedText? statement, SourcedText? consequence, TextSpan span, YamlNode node, string? malformedReason)
    {
        Shape = shape;
        Id = id;
        Statement = statement;
        Consequence = consequence;
        Span = span;
        Node = node;
        MalformedReason = malformedReason;
    }

    /// <summary>How the entry is written.</summary>
    public InvariantShape Shape { get; }

    /// <summary>The <c>id</c> of a structured entry, or null.</summary>
    public string? Id { get; }

    /// <summary>What must stay true, or null when malformed.</summary>
    public SourcedText? Statement { get; }

    /// <summary>What goes wrong if it does not, or null when absent.</summary>
    public SourcedText? Consequence { get; }

    /// <summary>The entry's span.</summary>
    public TextSpan Span { get; }

    /// <summary>The entry's YAML node.</summary>
    public YamlNode Node { get; }

    /// <summary>
    /// The id of an invariants registry entry when the entry is only a reference to one: a bare id
    /// (<c>- INV-TENANT-001</c>) or a map with nothing but <c>id</c>; otherwise null. The shape stays
    /// what it always was (a bare statement, a malformed map), so rule versions that predate the
    /// registry judge the entry as before.
    /// </summary>
    public string? RegistryId { get; init; }

    /// <summary>For <see cref="InvariantShape.Malformed"/>, what is wrong.</summary>
    public string? MalformedReason { get; }
}
