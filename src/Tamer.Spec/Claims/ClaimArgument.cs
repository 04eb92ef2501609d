using System;
using Tamer.Spec.Text;

namespace Tamer.Spec.Claims;

/// <summary>One argument of a claim: the id it names and where it is written in the code.</summary>
public sealed class ClaimArgument
{
    /// <summary>Creates an argument.</summary>
    public ClaimArgument(string value, SourceLocation location)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Location = location ?? throw new ArgumentNullException(nameof(location));
    }

    /// <summary>The id as written.</summary>
    public string Value { get; }

    /// <summary>The argument's location in its source file.</summary>
    public SourceLocation Location { get; }

    /// <inheritdoc />
    public override string ToString() => Value + " at " + Location;
}
