using System;

namespace Tamer.Spec.Reporting;

/// <summary>Another Work Item a diagnostic is about: its id, its status, and the path the two share.</summary>
public sealed class RelatedWorkItem : IEquatable<RelatedWorkItem>
{
    /// <summary>Creates a related Work Item.</summary>
    public RelatedWorkItem(string id, string status, string sharedPath)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Status = status ?? throw new ArgumentNullException(nameof(status));
        SharedPath = sharedPath ?? throw new ArgumentNullException(nameof(sharedPath));
    }

    /// <summary>The other Work Item's id.</summary>
    public string Id { get; }

    /// <summary>Its status, as the Work Item format writes it (<c>in_progress</c>).</summary>
    public string Status { get; }

    /// <summary>The path the two Work Items share, as the other one writes it.</summary>
    public string SharedPath { get; }

    /// <inheritdoc />
    public bool Equals(RelatedWorkItem? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Status, other.Status, StringComparison.Ordinal)
        && string.Equals(SharedPath, other.SharedPath, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RelatedWorkItem);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id) ^ StringComparer.Ordinal.GetHashCode(SharedPath);

    /// <inheritdoc />
    public override string ToString() => Id + " (" + Status + ") " + SharedPath;
}
