using System;
using System.IO;

namespace Tamer.Spec.Configuration;

/// <summary>
/// Reads a configuration file, the one way every host does: a file that is not there or cannot be
/// read is an <see cref="ConfigurationLoad.Error"/> (one sentence naming it, the same in every
/// host); a file that reads but does not parse, or says something wrong, gives TMR9001 diagnostics
/// at their line.
/// </summary>
public static class ConfigurationFile
{
    /// <summary>Reads and parses <paramref name="path"/>; <paramref name="displayPath"/> is how messages name it.</summary>
    public static ConfigurationLoad Load(string path, string displayPath)
    {
        if (path is null || displayPath is null)
        {
            throw new ArgumentNullException(path is null ? nameof(path) : nameof(displayPath));
        }

        if (!File.Exists(path))
        {
            return ConfigurationLoad.Failed("the configuration file " + displayPath + " does not exist");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ConfigurationLoad.Failed("cannot read the configuration file " + displayPath + ": " + exception.Message);
        }

        var parsed = ConfigurationParser.Parse(displayPath, text);
        return new ConfigurationLoad(parsed.Configuration, parsed.Diagnostics, null);
    }
}
