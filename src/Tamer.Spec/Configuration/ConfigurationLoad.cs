using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Configuration;

/// <summary>What reading a configuration file gave: the configuration, its diagnostics, or why there is none.</summary>
public sealed class ConfigurationLoad
{
    internal ConfigurationLoad(TamerConfiguration configuration, IReadOnlyList<Diagnostic> diagnostics, string? error)
    {
        Configuration = configuration;
        Diagnostics = diagnostics;
        Error = error;
    }

    /// <summary>The configuration read (the defaults when there is an error).</summary>
    public TamerConfiguration Configuration { get; }

    /// <summary>What is wrong inside the file (TMR9001), with locations.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Why the file could not be read at all, or null.</summary>
    public string? Error { get; }

    /// <summary>True when the configuration is unusable: unreadable, or an error inside.</summary>
    public bool HasErrors => Error is not null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    internal static ConfigurationLoad Failed(string error) => new(TamerConfiguration.Default, Array.Empty<Diagnostic>(), error);
}
