using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Engine;

/// <summary>The outcome of a lint: the rule versions used, each reported file, and run-level diagnostics.</summary>
public sealed class LintResult
{
    internal LintResult(IReadOnlyList<SelectedRule> rules, IReadOnlyList<FileLintResult> files, IReadOnlyList<Diagnostic> runDiagnostics, IReadOnlyList<Diagnostic>? claimDiagnostics = null)
    {
        ClaimDiagnostics = claimDiagnostics ?? System.Array.Empty<Diagnostic>();
        Rules = rules;
        Files = files;
        RunDiagnostics = runDiagnostics;
        Summary = new LintSummary(files);
    }

    /// <summary>
    /// A result for diagnostics found by a check that runs outside the lint, such as the drift of a
    /// change against its Work Item's scope, so that the same report writers can print it. The
    /// gate decision counts them like any other (an error refuses).
    /// </summary>
    public static LintResult FromCheck(IReadOnlyList<SelectedRule> rules, WorkItemDocument document, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (rules is null || document is null || diagnostics is null)
        {
            throw new System.ArgumentNullException(rules is null ? nameof(rules) : document is null ? nameof(document) : nameof(diagnostics));
        }

        var ordered = diagnostics.OrderBy(d => d.Location?.Span.Start ?? 0).ThenBy(d => d.Id, System.StringComparer.Ordinal).ToList();
        return new LintResult(rules, new[] { new FileLintResult(document, ordered, System.Array.Empty<Diagnostic>()) }, System.Array.Empty<Diagnostic>());
    }

    /// <summary>The rule version of each enabled axis.</summary>
    public IReadOnlyList<SelectedRule> Rules { get; }

    /// <summary>The reported files, sorted by path.</summary>
    public IReadOnlyList<FileLintResult> Files { get; }

    /// <summary>
    /// Diagnostics about the run rather than a file: configuration problems (TMR9001, TMR9002),
    /// rule packs that could not be used (TMR9003), and what the host's folder walk did not
    /// follow (TMR9004).
    /// </summary>
    public IReadOnlyList<Diagnostic> RunDiagnostics { get; }

    /// <summary>
    /// What the rules found in the claims of the change (<see cref="WorkItemChange.Claims"/>),
    /// located in the code that makes them, in claim order; severities after configuration, none
    /// of severity <c>none</c>. Empty without claims. The Work Item reports do not carry them.
    /// </summary>
    public IReadOnlyList<Diagnostic> ClaimDiagnostics { get; }

    /// <summary>True when the configuration is unusable; then no file was linted.</summary>
    public bool HasConfigurationErrors => RunDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && (d.Id == EngineDiagnostics.InvalidConfiguration.Id || d.Id == EngineDiagnostics.NoMatchingRuleVersion.Id));

    /// <summary>Counts.</summary>
    public LintSummary Summary { get; }

    /// <summary>True when at least one Work Item is refused.</summary>
    public bool AnyRefused => Files.Any(f => f.IsRefused);
}
