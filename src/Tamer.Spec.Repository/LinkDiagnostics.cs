using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;

namespace Tamer.Spec.Repository;

/// <summary>The links a folder walk left out because they lead outside the repository, as TMR9004 run diagnostics.</summary>
public static class LinkDiagnostics
{
    /// <summary>One TMR9004 per link, at the severity the configuration gives it (none drops them).</summary>
    /// <param name="links">The links, each once.</param>
    /// <param name="configuration">The configuration, for a severity override.</param>
    /// <param name="displayPath">How the host shows a path (relative to its current folder, say).</param>
    public static IReadOnlyList<Diagnostic> For(IEnumerable<LinkOutside> links, TamerConfiguration configuration, Func<string, string> displayPath)
    {
        var descriptor = EngineDiagnostics.LinkOutsideRepository;
        var severity = configuration.FindSeverity(descriptor.Id)?.Severity ?? descriptor.DefaultSeverity;
        if (severity == DiagnosticSeverity.None)
        {
            return Array.Empty<Diagnostic>();
        }

        return links
            .Select(l => new Diagnostic(descriptor, severity, descriptor.FormatMessage(displayPath(l.LinkPath), l.Target), null, EngineDiagnostics.Rule))
            .ToList();
    }
}
