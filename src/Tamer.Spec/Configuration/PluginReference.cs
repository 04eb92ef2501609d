using Tamer.Spec.Text;

namespace Tamer.Spec.Configuration;

/// <summary>A rule pack assembly named in <c>plugins</c>, relative to the configuration file.</summary>
public sealed class PluginReference
{
    /// <summary>Creates a reference.</summary>
    public PluginReference(string path, SourceLocation? location)
    {
        Path = path;
        Location = location;
    }

    /// <summary>The path as written.</summary>
    public string Path { get; }

    /// <summary>Where it was written.</summary>
    public SourceLocation? Location { get; }
}
