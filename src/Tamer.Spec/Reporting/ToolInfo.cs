using System;
using Tamer.Spec.Engine;

namespace Tamer.Spec.Reporting;

/// <summary>Who produced a report: the host's name and version, and the folder paths are relative to.</summary>
public sealed class ToolInfo
{
    /// <summary>Creates tool information.</summary>
    public ToolInfo(string name, string version, string? baseDirectory = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Version = version ?? throw new ArgumentNullException(nameof(version));
        BaseDirectory = baseDirectory;
    }

    /// <summary>The command-line tool, with this build's version.</summary>
    public static ToolInfo TamerLint(string? baseDirectory = null) => new("tamer-lint", TamerVersion.Current, baseDirectory);

    /// <summary>The tool's name.</summary>
    public string Name { get; }

    /// <summary>The tool's version.</summary>
    public string Version { get; }

    /// <summary>The absolute folder that report paths are relative to (SARIF's <c>%SRCROOT%</c>), or null.</summary>
    public string? BaseDirectory { get; }

    /// <summary>Where to learn about the tool.</summary>
    public string InformationUri => "https://github.com/tamer-spec/Tamer.Spec";
}
