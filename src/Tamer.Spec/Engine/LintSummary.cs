using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Engine;

/// <summary>Counts over the reported files.</summary>
public sealed class LintSummary
{
    internal LintSummary(IReadOnlyList<FileLintResult> files)
    {
        Files = files.Count;
        Refused = files.Count(f => f.IsRefused);
        var all = files.SelectMany(f => f.Diagnostics).ToList();
        Errors = all.Count(d => d.Severity == DiagnosticSeverity.Error);
        Warnings = all.Count(d => d.Severity == DiagnosticSeverity.Warning);
        Infos = all.Count(d => d.Severity == DiagnosticSeverity.Info);
        Baselined = files.Sum(f => f.BaselinedDiagnostics.Count);
    }

    /// <summary>Files reported.</summary>
    public int Files { get; }

    /// <summary>Work Items refused.</summary>
    public int Refused { get; }

    /// <summary>Error diagnostics.</summary>
    public int Errors { get; }

    /// <summary>Warning diagnostics.</summary>
    public int Warnings { get; }

    /// <summary>Info diagnostics.</summary>
    public int Infos { get; }

    /// <summary>Diagnostics a baseline hides.</summary>
    public int Baselined { get; }
}
