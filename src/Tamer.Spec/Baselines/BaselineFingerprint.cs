using System;

namespace Tamer.Spec.Baselines;

/// <summary>
/// What identifies a recorded diagnostic across edits: the diagnostic ID, the Work Item (its id,
/// or <c>file:NAME</c> without one), the node it is about (<c>criterion:AC-2</c>, a frontmatter
/// key path such as <c>scope/write/[]</c>, or the body heading above it) and a hash of the
/// offending text. Line and column are not part of it, so a diagnostic whose node moves keeps its
/// fingerprint; a change to the offending text or a new occurrence does not match.
/// </summary>
public sealed class BaselineFingerprint : IEquatable<BaselineFingerprint>, IComparable<BaselineFingerprint>
{
    /// <summary>Creates a fingerprint.</summary>
    public BaselineFingerprint(string diagnosticId, string workItem, string node, string hash)
    {
        DiagnosticId = diagnosticId ?? throw new ArgumentNullException(nameof(diagnosticId));
        WorkItem = workItem ?? throw new ArgumentNullException(nameof(workItem));
        Node = node ?? throw new ArgumentNullException(nameof(node));
        Hash = hash ?? throw new ArgumentNullException(nameof(hash));
    }

    /// <summary>The diagnostic ID.</summary>
    public string DiagnosticId { get; }

    /// <summary>The Work Item's id, or <c>file:NAME</c> for a file without one.</summary>
    public string WorkItem { get; }

    /// <summary>The node the diagnostic is about.</summary>
    public string Node { get; }

    /// <summary>The first 16 hexadecimal digits of the SHA-256 of the offending text, blanks collapsed.</summary>
    public string Hash { get; }

    /// <inheritdoc />
    public bool Equals(BaselineFingerprint? other) =>
        other is not null
        && string.Equals(DiagnosticId, other.DiagnosticId, StringComparison.Ordinal)
        && string.Equals(WorkItem, other.WorkItem, StringComparison.Ordinal)
        && string.Equals(Node, other.Node, StringComparison.Ordinal)
        && string.Equals(Hash, other.Hash, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BaselineFingerprint);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(DiagnosticId);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(WorkItem);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Node);
            return (hash * 31) + StringComparer.Ordinal.GetHashCode(Hash);
        }
    }

    /// <summary>The baseline file's order: Work Item, ID, node, hash.</summary>
    public int CompareTo(BaselineFingerprint? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = string.CompareOrdinal(WorkItem, other.WorkItem);
        order = order != 0 ? order : string.CompareOrdinal(DiagnosticId, other.DiagnosticId);
        order = order != 0 ? order : string.CompareOrdinal(Node, other.Node);
        return order != 0 ? order : string.CompareOrdinal(Hash, other.Hash);
    }

    /// <inheritdoc />
    public override string ToString() => DiagnosticId + " " + WorkItem + " " + Node + " " + Hash;
}
