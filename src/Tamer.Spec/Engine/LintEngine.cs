using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;
using Tamer.Spec.Text;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Engine;

/// <summary>
/// The one engine every host calls. It holds the rule packs it is given, picks
/// rule versions from configuration, runs every selected rule on every reported Work Item in
/// isolation (a rule that throws becomes TMR9003 and the others still run), applies severity
/// overrides and justified suppressions, and decides the gate.
/// </summary>
public sealed class LintEngine
{
    private readonly PackCatalog _catalog;
    private readonly Func<string, bool> _isKnown;
    private readonly IReadOnlyList<Diagnostic> _packProblems;

    /// <summary>
    /// Creates an engine over exactly <paramref name="packs"/>. Only a pack that reads unparsed
    /// documents reports a file that is not a Work Item at all: list the format rule
    /// (<c>FormatRulePack.Instance</c>, package <c>Tamer.Spec.Rules.Format</c>) with your packs, or
    /// build the engine from <c>BuiltInRulePacks</c> or a <c>TamerSession</c>, which include it.
    /// </summary>
    public LintEngine(IEnumerable<RulePack> packs)
        : this(packs, Array.Empty<Diagnostic>())
    {
    }

    /// <summary>
    /// Creates an engine over <paramref name="packs"/> (built-in and plug-in alike, checked the same
    /// way), carrying <paramref name="loadProblems"/>: the TMR9003s of packs that could not even be
    /// loaded (see <see cref="Plugins.RulePackLoader"/>), reported with every run.
    /// </summary>
    public LintEngine(IEnumerable<RulePack> packs, IEnumerable<Diagnostic> loadProblems)
    {
        if (loadProblems is null)
        {
            throw new ArgumentNullException(nameof(loadProblems));
        }

        if (packs is null)
        {
            throw new ArgumentNullException(nameof(packs));
        }

        _catalog = new PackCatalog(packs.ToList());
        _isKnown = _catalog.IsKnown;
        _packProblems = loadProblems.Concat(_catalog.Problems).ToList();
    }

    /// <summary>The packs in use, in order.</summary>
    public IReadOnlyList<RulePack> Packs => _catalog.Packs;

    /// <summary>Packs that were left out, each as a TMR9003 naming the pack and the reason.</summary>
    public IReadOnlyList<Diagnostic> PackProblems => _packProblems;

    /// <summary>Every diagnostic any version of any pack (or the engine) can report, by ID.</summary>
    public IEnumerable<DiagnosticDescriptor> Descriptors => _catalog.Descriptors;

    /// <summary>True when some pack or the engine declares <paramref name="diagnosticId"/>.</summary>
    public bool IsKnownDiagnosticId(string diagnosticId) => _catalog.IsKnown(diagnosticId);

    /// <summary>The descriptor of an ID (its newest version), or null.</summary>
    public DiagnosticDescriptor? FindDescriptor(string diagnosticId) => _catalog.Find(diagnosticId);

    /// <summary>The pack that declares an ID, or null (engine IDs belong to no pack).</summary>
    public RulePack? FindPackOf(string diagnosticId) => _catalog.OwnerOf(diagnosticId);

    /// <summary>
    /// The Markdown docs page of a diagnostic: the owning pack's, or the core's for the engine's
    /// own IDs; null when none is embedded.
    /// </summary>
    public string? GetDocumentation(string diagnosticId) =>
        FindPackOf(diagnosticId) is { } pack ? pack.GetDocumentation(diagnosticId) : EngineDiagnostics.GetDocumentation(diagnosticId);

    /// <summary>Picks the rule versions for a configuration.</summary>
    public RuleSelection SelectRules(TamerConfiguration configuration) =>
        RuleSelector.Select(_catalog, configuration ?? throw new ArgumentNullException(nameof(configuration)), _packProblems.Count > 0);

    /// <summary>Lints the workspace's documents (those <see cref="LintOptions.ShouldReport"/> accepts).</summary>
    public LintResult Lint(WorkItemWorkspace workspace, LintOptions? options = null)
    {
        if (workspace is null)
        {
            throw new ArgumentNullException(nameof(workspace));
        }

        options ??= new LintOptions();
        var selection = SelectRules(options.Configuration);
        var runDiagnostics = _packProblems.Concat(selection.Diagnostics).Concat(options.RunDiagnostics).ToList();
        if (selection.HasErrors)
        {
            return new LintResult(selection.Rules, Array.Empty<FileLintResult>(), runDiagnostics);
        }

        // The host's predicate sees the documents it read; a Work Item whose scope reaches into a
        // reported file (a Spec Kit feature's tasks.md) is analysed too, for what lands in that file.
        var reported = workspace.Documents.Concat(workspace.MemoryDocuments).Where(d => options.ShouldReport?.Invoke(d.AsRead ?? d) ?? true).ToList();
        var documents = reported.Concat(JoinedFileDiagnostics.Owners(workspace, reported)).ToList();
        var results = new FileLintResult[documents.Count];
        if (options.MaxDegreeOfParallelism > 1 && documents.Count > 1)
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = options.CancellationToken };
            Parallel.For(0, documents.Count, parallel, i => results[i] = LintOne(documents[i], workspace, selection.Rules, options));
        }
        else
        {
            for (var i = 0; i < documents.Count; i++)
            {
                options.CancellationToken.ThrowIfCancellationRequested();
                results[i] = LintOne(documents[i], workspace, selection.Rules, options);
            }
        }

        var ordered = JoinedFileDiagnostics.Place(results, reported.Count).OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
        var claims = options.Change is { Claims.Count: > 0 } change ? AnalyzeClaims(change, workspace, selection.Rules, options) : null;
        return new LintResult(selection.Rules, ordered, runDiagnostics, claims);
    }

    // The claims of a change, judged once for the workspace; a rule that throws becomes TMR9003
    // located at the first claim, and the other rules still run.
    private static List<Diagnostic> AnalyzeClaims(WorkItemChange change, WorkItemWorkspace workspace, IReadOnlyList<SelectedRule> rules, LintOptions options)
    {
        var found = new List<Diagnostic>();
        foreach (var selected in rules)
        {
            var context = new ClaimContext(selected.Rule, workspace, change.Claims, d => SeverityOf(d, null, options.Configuration), options.CancellationToken);
            try
            {
                selected.Rule.AnalyzeClaims(context);
            }
            catch (OperationCanceledException) when (options.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // Rule isolation: a failing rule becomes TMR9003 and the others still run.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                var message = EngineDiagnostics.RuleFailure.FormatMessage(
                    "rule " + selected.Reference + " failed on the claims (" + exception.GetType().Name + ": " + exception.Message + "); its findings about them are dropped");
                var failure = SeverityOf(EngineDiagnostics.RuleFailure, null, options.Configuration);
                if (failure != DiagnosticSeverity.None)
                {
                    found.Add(new Diagnostic(EngineDiagnostics.RuleFailure, failure, message, change.Claims[0].WorkItem.Location, selected.Reference));
                }

                continue;
            }

            foreach (var (descriptor, location, message) in context.Reported)
            {
                var severity = SeverityOf(descriptor, null, options.Configuration);
                if (severity != DiagnosticSeverity.None)
                {
                    found.Add(new Diagnostic(descriptor, severity, message, location, selected.Reference));
                }
            }
        }

        return found;
    }

    // A result the host already knows; else the host's lint of a stand-in through the whole file; else the analysis.
    private FileLintResult LintOne(WorkItemDocument document, WorkItemWorkspace workspace, IReadOnlyList<SelectedRule> rules, LintOptions options) =>
        options.KnownResult?.Invoke(document)
        ?? options.LintInPlaceOf?.Invoke(document, whole => Analyze(whole, workspace, rules, options, standIn: document))
        ?? Analyze(document, workspace, rules, options);

    private FileLintResult Analyze(WorkItemDocument document, WorkItemWorkspace workspace, IReadOnlyList<SelectedRule> rules, LintOptions options, WorkItemDocument? standIn = null)
    {
        var found = new List<Diagnostic>();
        var relativePath = options.ConfigurationRelativePath?.Invoke(document.AsRead ?? document);
        var change = options.Change is { } given && given.AppliesTo(document) ? given : null;
        Func<DiagnosticDescriptor, DiagnosticSeverity> severityOf = d => SeverityOf(d, null, options.Configuration, relativePath, document);
        foreach (var selected in rules)
        {
            if (options.ChangeOnly && change is null)
            {
                break;
            }

            var context = new RuleContext(selected.Rule, document, workspace, options.Repository, _isKnown, severityOf, change, selected.Settings, options.CancellationToken, standIn);
            try
            {
                // A rule's own code, even this property, runs inside the isolation.
                if (document.WorkItem is null && !selected.Rule.AnalyzesUnparsedDocuments)
                {
                    continue;
                }

                if (!options.ChangeOnly)
                {
                    selected.Rule.Analyze(context);
                }

                if (change is not null && document.WorkItem is not null)
                {
                    selected.Rule.AnalyzeChange(context);
                }
            }
            catch (OperationCanceledException) when (options.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // Rule isolation: a failing rule becomes TMR9003 and the others still run.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                if (RuleFailed(document, selected, exception, options.Configuration, relativePath) is { } failure)
                {
                    found.Add(failure);
                }

                continue;
            }

            foreach (var reported in context.Reported)
            {
                var severity = SeverityOf(reported.Descriptor, reported.Severity, options.Configuration, relativePath, document);
                if (severity != DiagnosticSeverity.None)
                {
                    var message = document.Profile.Idiom(reported.Descriptor.Id) is { } idiom ? reported.Message + "; " + idiom : reported.Message;
                    var diagnostic = new Diagnostic(reported.Descriptor, severity, message, document.GetLocation(reported.Span), selected.Reference);
                    diagnostic = reported.Properties is null ? diagnostic : diagnostic.WithProperties(reported.Properties);
                    found.Add(WithFixes(diagnostic, document, workspace, standIn));
                }
            }
        }

        var justifications = ValidSuppressions(document);
        var visible = new List<Diagnostic>();
        var suppressed = new List<Diagnostic>();
        foreach (var diagnostic in JoinedFileDiagnostics.Order(found, document.Path))
        {
            if (justifications.TryGetValue(diagnostic.Id, out var justification))
            {
                suppressed.Add(diagnostic.WithSuppression(justification));
            }
            else
            {
                visible.Add(diagnostic);
            }
        }

        if (options.Baseline is not { } baseline)
        {
            return new FileLintResult(document.AsRead ?? document, visible, suppressed);
        }

        var match = baseline.Apply(document, visible, d => SeverityOf(d, null, options.Configuration, relativePath, document));
        var kept = match.FixedProblems.Count == 0 ? match.Reported : JoinedFileDiagnostics.Order(match.Reported.Concat(match.FixedProblems), document.Path).ToList();
        return new FileLintResult(document.AsRead ?? document, kept, suppressed, match.Baselined);
    }

    // The fixes the owning pack offers; none for a file whose text is not exactly its bytes (invalid
    // UTF-8 was replaced on reading), none from a provider that throws or edits outside the text,
    // none the file's format does not take or that would move text across its layout's markers,
    // and no safe fix that would leave the file unsound (see FixCheck): --fix applies those without
    // asking, so the report must not promise one it would have to drop. A suggestion is checked
    // when it is applied (the fixer keeps only fixes that leave the file as readable as it was).
    private Diagnostic WithFixes(Diagnostic diagnostic, WorkItemDocument document, WorkItemWorkspace workspace, WorkItemDocument? standIn)
    {
        if (diagnostic.Descriptor.FixKind == FixKind.None || document.WorkItem is null || !document.Profile.AcceptsFixes(diagnostic.Id) || document.Problems.Any(p => p.Kind == ParseProblemKind.InvalidEncoding))
        {
            return diagnostic;
        }

        var fixes = new List<CodeFix>();
        foreach (var provider in _catalog.FixProvidersFor(diagnostic.Id))
        {
            try
            {
                fixes.AddRange(provider.GetFixes(new FixContext(diagnostic, document, workspace, standIn))
                    .Where(f => f.DiagnosticId == diagnostic.Id && f.Edits.All(e => e.Span.End <= document.Text.Length) && document.Profile.KeepsLayout(document.Text.Text, f.Edits) && (f.Kind != FixKind.Safe || FixCheck.KeepsFileSound(document, f))));
            }
#pragma warning disable CA1031 // A provider that fails offers no fix; the diagnostic stands.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        return fixes.Count == 0 ? diagnostic : diagnostic.WithFixes(fixes);
    }

    private Dictionary<string, string> ValidSuppressions(WorkItemDocument document)
    {
        var valid = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in document.WorkItem?.Suppressions ?? Array.Empty<Model.SuppressionEntry>())
        {
            if (SuppressionPolicy.Check(entry, _isKnown) == SuppressionProblem.None)
            {
                valid[entry.DiagnosticId] = entry.Justification;
            }
        }

        return valid;
    }

    // Configuration wins; then the severity the rule chose for the occurrence; then the default of
    // the file's format profile; then the descriptor's default.
    private static DiagnosticSeverity SeverityOf(DiagnosticDescriptor descriptor, DiagnosticSeverity? reported, TamerConfiguration configuration, string? relativePath = null, WorkItemDocument? document = null) =>
        configuration.FindSeverity(descriptor.Id, relativePath)?.Severity ?? reported ?? document?.Profile.DefaultSeverity(descriptor.Id) ?? descriptor.DefaultSeverity;

    private static Diagnostic? RuleFailed(WorkItemDocument document, SelectedRule rule, Exception exception, TamerConfiguration configuration, string? relativePath)
    {
        var firstLine = document.Text.Length == 0 ? new TextSpan(0, 0) : document.Text.GetLineSpan(1);
        var message = EngineDiagnostics.RuleFailure.FormatMessage(
            "rule " + rule.Reference + " failed on this file (" + exception.GetType().Name + ": " + exception.Message + "); its other findings for this file are dropped");
        var severity = SeverityOf(EngineDiagnostics.RuleFailure, null, configuration, relativePath);
        return severity == DiagnosticSeverity.None ? null : new Diagnostic(EngineDiagnostics.RuleFailure, severity, message, document.GetLocation(firstLine), rule.Reference);
    }
}
