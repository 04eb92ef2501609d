using Tamer.Spec.Text;

namespace Tamer.Spec.Configuration;

/// <summary>Where an effective setting came from: <c>default</c>, <c>file</c> (a line of <c>.tamer.yml</c>), <c>override</c> (a path override there) or <c>command-line</c>.</summary>
public sealed class SettingSource
{
    private SettingSource(string kind, SourceLocation? location)
    {
        Kind = kind;
        Location = location;
    }

    /// <summary>The built-in default.</summary>
    public static SettingSource Default { get; } = new("default", null);

    /// <summary>A command-line option (<c>--rule</c>, <c>--severity</c>) or a host's setting.</summary>
    public static SettingSource CommandLine { get; } = new("command-line", null);

    /// <summary><c>default</c>, <c>file</c>, <c>override</c> or <c>command-line</c>.</summary>
    public string Kind { get; }

    /// <summary>The file and line of a <c>file</c> or <c>override</c> setting.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Where a severity of <paramref name="configuration"/> for <paramref name="diagnosticId"/> comes from, for a file (relative to the configuration's folder) or none.</summary>
    public static SettingSource OfSeverity(TamerConfiguration configuration, string diagnosticId, string? relativePath)
    {
        var setting = (configuration ?? throw new System.ArgumentNullException(nameof(configuration))).FindSeverity(diagnosticId, relativePath);
        if (setting is null)
        {
            return Default;
        }

        if (setting.Location is null)
        {
            return CommandLine;
        }

        foreach (var entry in configuration.Overrides)
        {
            foreach (var candidate in entry.Severities)
            {
                if (ReferenceEquals(candidate, setting))
                {
                    return new SettingSource("override", setting.Location);
                }
            }
        }

        return new SettingSource("file", setting.Location);
    }

    /// <summary>Where the setting of an axis comes from.</summary>
    public static SettingSource OfRule(TamerConfiguration configuration, string axis)
    {
        var setting = (configuration ?? throw new System.ArgumentNullException(nameof(configuration))).FindRule(axis);
        return setting is null ? Default : setting.Location is null ? CommandLine : new SettingSource("file", setting.Location);
    }

    /// <summary>Where the value of a pack's setting comes from.</summary>
    public static SettingSource OfPackSetting(TamerConfiguration configuration, string axis, string name)
    {
        var entry = (configuration ?? throw new System.ArgumentNullException(nameof(configuration))).FindPackSetting(axis, name);
        return entry is null ? Default : entry.Location is null ? CommandLine : new SettingSource("file", entry.Location);
    }

    /// <summary><c>default</c>, <c>command-line</c>, or <c>file .tamer.yml:7</c> / <c>override .tamer.yml:12</c>.</summary>
    public override string ToString() =>
        Location is null ? Kind : Kind + " " + Location.Path + ":" + Location.Start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
