using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Configuration;

/// <summary>A configuration and the problems found while reading it.</summary>
public sealed class ConfigurationResult
{
    internal ConfigurationResult(TamerConfiguration configuration, IReadOnlyList<Diagnostic> diagnostics)
    {
        Configuration = configuration;
        Diagnostics = diagnostics;
    }

    /// <summary>The configuration (defaults where the file is invalid).</summary>
    public TamerConfiguration Configuration { get; }

    /// <summary>TMR9001 diagnostics, one per problem.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when a problem was found.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
