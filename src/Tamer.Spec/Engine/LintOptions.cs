using System;
using System.Collections.Generic;
using System.Threading;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Engine;

/// <summary>How to run a lint: configuration, which files to report, and what the host offers.</summary>
public sealed class LintOptions
{
    /// <summary>The configuration (defaults when null).</summary>
    public TamerConfiguration Configuration { get; init; } = TamerConfiguration.Default;

    /// <summary>
    /// Which documents of the workspace to report on; null means all. The others are context:
    /// cross-Work-Item checks see them, but their own diagnostics are not computed.
    /// </summary>
    public Func<WorkItemDocument, bool>? ShouldReport { get; init; }

    /// <summary>The repository's files, for rules that compare a Work Item with the tree; null when the host has none.</summary>
    public IRepositoryView? Repository { get; init; }

    /// <summary>How many files to analyse at once (1 by default; hosts that own their threads may raise it).</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>
    /// Run-level diagnostics the host found itself before the lint (a folder walk's TMR9004), reported
    /// with the run's own; severity overrides are the host's to apply.
    /// </summary>
    public IReadOnlyList<Diagnostic> RunDiagnostics { get; init; } = Array.Empty<Diagnostic>();

    /// <summary>
    /// The change to judge with the Work Items it applies to (the paths it touched), or null when
    /// there is none: rules then run <see cref="Rule.AnalyzeChange"/> too.
    /// </summary>
    public WorkItemChange? Change { get; init; }

    /// <summary>
    /// True to report only what <see cref="Change"/> brings (as <c>tamer-lint verify</c> and the
    /// host's submissions do): the rules' findings about the Work Items themselves are not computed.
    /// </summary>
    public bool ChangeOnly { get; init; }

    /// <summary>
    /// The accepted diagnostics (<c>.tamer-baseline.json</c>), or null: a diagnostic it matches
    /// exactly is baselined instead of reported, and its entries that match nothing become TMR9005.
    /// </summary>
    public Baselines.Baseline? Baseline { get; init; }

    /// <summary>
    /// The path of a document relative to the configuration's folder (with '/'), for the
    /// configuration's path <c>overrides</c>; null (the default) applies none of them.
    /// </summary>
    public Func<WorkItemDocument, string?>? ConfigurationRelativePath { get; init; }

    /// <summary>
    /// The result an earlier run found for a reported document, or null to lint it. A host that
    /// keeps results between runs answers only when nothing the checks read has changed since: the
    /// file's text, what other Work Items' checks read of the workspace, the configuration, the rule
    /// versions and the repository's answers. The engine reports what it is given as it is.
    /// </summary>
    public Func<WorkItemDocument, FileLintResult?>? KnownResult { get; init; }

    /// <summary>
    /// For a host whose workspace holds stand-ins (documents rebuilt from each file's
    /// <see cref="WorkItemFacts"/>, so that a large repository is never held parsed whole): the lint of
    /// a reported document given it and the engine's analysis of another document in its place.
    /// The host parses the file again, analyses that whole document (rules see the stand-in as the
    /// Work Item being analysed: <see cref="Rules.RuleContext.IsAnalyzedDocument"/>), and returns the
    /// result with whatever document it keeps; null lints the document as it is.
    /// </summary>
    public Func<WorkItemDocument, Func<WorkItemDocument, FileLintResult>, FileLintResult?>? LintInPlaceOf { get; init; }

    /// <summary>Cancellation.</summary>
    public CancellationToken CancellationToken { get; init; }
}
