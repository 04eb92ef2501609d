using System;
using System.Collections.Generic;

namespace Tamer.Spec.Rules;

/// <summary>How a host opens a <see cref="TamerSession"/>; every setting is optional.</summary>
public sealed class TamerSessionOptions
{
    /// <summary>The configuration file to use; null to look for the nearest <c>.tamer.yml</c> (or <c>.tamer.yaml</c>) from the start folder up to the repository root.</summary>
    public string? ConfigurationFile { get; set; }

    /// <summary>The repository root: where the search for a configuration stops, and the globs' folder without one.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>Rule settings on top of the file's (<c>AXIS=RANGE|off</c>, as the command line's <c>--rule</c>).</summary>
    public IReadOnlyList<string> RuleSettings { get; set; } = Array.Empty<string>();

    /// <summary>Severity settings on top of the file's (<c>ID=LEVEL</c>, as the command line's <c>--severity</c>).</summary>
    public IReadOnlyList<string> SeveritySettings { get; set; } = Array.Empty<string>();

    /// <summary>The packs before any plugin; null for the built-in ones. The format rule is added in front when they lack it.</summary>
    public IEnumerable<RulePack>? Packs { get; set; }

    /// <summary>More plug-in assemblies besides the configuration's <c>plugins</c> (full paths, such as MSBuild items).</summary>
    public IEnumerable<string>? PluginAssemblies { get; set; }

    /// <summary>
    /// False to leave the configuration's <c>plugins</c> unloaded (a host that re-reads its
    /// configuration passes the packs it loaded at start in <see cref="Packs"/> instead).
    /// </summary>
    public bool LoadPlugins { get; set; } = true;

    /// <summary>The day a baseline's expiry dates are compared with; null for today (UTC).</summary>
    public DateTime? Today { get; set; }

    /// <summary>How messages name a file (relative to the working directory, say); the full path when null.</summary>
    public Func<string, string>? DisplayPath { get; set; }
}
