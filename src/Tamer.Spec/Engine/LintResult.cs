using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Engine;

/// <summary>The outcome of a lint: the rule versions used, each reported file, and run-level diagnostics.</summary>
public sealed class LintResult
{
    internal LintResult(IReadOnlyList<SelectedRule> rules, IReadOnlyList<FileLintResult> files, IReadOnlyList<Diagnostic> runDiagnostics)
    {
        Rules = rules;
        Files = files;
        RunDiagnostics = runDiagnostics;
        Summary = new LintSummary(files);
    }

    /// <summary>The rule version of each enabled axis.</summary>
    public IReadOnlyList<SelectedRule> Rules { get; }

    /// <summary>The reported files, sorted by path.</summary>
    public IReadOnlyList<FileLintResult> Files { get; }

    /// <summary>
    /// Diagnostics about the run rather than a file: configuration problems (TMR9001, TMR9002)
    /// and rule packs that could not be used (TMR9003).
    /// </summary>
    public IReadOnlyList<Diagnostic> RunDiagnostics { get; }

    /// <summary>True when the configuration is unusable; then no file was linted.</summary>
    public bool HasConfigurationErrors => RunDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id != EngineDiagnostics.RuleFailure.Id);

    /// <summary>Counts.</summary>
    public LintSummary Summary { get; }

    /// <summary>True when at least one Work Item is refused.</summary>
    public bool AnyRefused => Files.Any(f => f.IsRefused);
}
