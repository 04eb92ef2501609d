using NuGet.Versioning;
using Tamer.Spec.Text;

namespace Tamer.Spec.Configuration;

/// <summary>One axis's setting: a NuGet version range, or off.</summary>
public sealed class RuleSetting
{
    /// <summary>Creates a setting.</summary>
    public RuleSetting(string axis, string text, VersionRange? range, bool isOff, SourceLocation? location)
    {
        Axis = axis;
        Text = text;
        Range = range;
        IsOff = isOff;
        Location = location;
    }

    /// <summary>The axis.</summary>
    public string Axis { get; }

    /// <summary>The setting as written.</summary>
    public string Text { get; }

    /// <summary>The range, or null when the axis is off.</summary>
    public VersionRange? Range { get; }

    /// <summary>True when the axis is turned off.</summary>
    public bool IsOff { get; }

    /// <summary>Where it was set (null for a command-line option).</summary>
    public SourceLocation? Location { get; }
}
