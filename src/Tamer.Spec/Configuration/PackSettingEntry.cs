using Tamer.Spec.Text;

namespace Tamer.Spec.Configuration;

/// <summary>One entry of <c>settings:</c> in <c>.tamer.yml</c>: a pack's setting and its value as written.</summary>
public sealed class PackSettingEntry
{
    /// <summary>Creates an entry.</summary>
    public PackSettingEntry(string axis, string name, string text, SourceLocation? location, SourceLocation? valueLocation)
    {
        Axis = axis;
        Name = name;
        Text = text;
        Location = location;
        ValueLocation = valueLocation;
    }

    /// <summary>The pack's axis.</summary>
    public string Axis { get; }

    /// <summary>The setting's name.</summary>
    public string Name { get; }

    /// <summary>The value as written.</summary>
    public string Text { get; }

    /// <summary>Where the setting's name is (null for one not read from a file).</summary>
    public SourceLocation? Location { get; }

    /// <summary>Where the value is (null for one not read from a file).</summary>
    public SourceLocation? ValueLocation { get; }
}
