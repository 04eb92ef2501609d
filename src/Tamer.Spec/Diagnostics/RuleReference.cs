using System;
using NuGet.Versioning;

namespace Tamer.Spec.Diagnostics;

/// <summary>Which rule (axis and version) reported a diagnostic: <c>acceptance@3.0.0</c>.</summary>
public sealed class RuleReference : IEquatable<RuleReference>
{
    /// <summary>Creates a reference.</summary>
    public RuleReference(string axis, NuGetVersion version)
    {
        Axis = axis ?? throw new ArgumentNullException(nameof(axis));
        Version = version ?? throw new ArgumentNullException(nameof(version));
    }

    /// <summary>The axis (the rule pack's name).</summary>
    public string Axis { get; }

    /// <summary>The rule version.</summary>
    public NuGetVersion Version { get; }

    /// <inheritdoc />
    public bool Equals(RuleReference? other) =>
        other is not null && string.Equals(Axis, other.Axis, StringComparison.Ordinal) && Version.Equals(other.Version);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleReference);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Axis) ^ Version.GetHashCode();

    /// <summary><c>axis@version</c>.</summary>
    public override string ToString() => Axis + "@" + Version.ToNormalizedString();
}
