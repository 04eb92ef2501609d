using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules;

/// <summary>What a rule gets for one Work Item: the document, the workspace, and a way to report.</summary>
public sealed class RuleContext
{
    private readonly Rule _rule;
    private readonly Func<string, bool> _isKnownDiagnosticId;
    private readonly Func<DiagnosticDescriptor, DiagnosticSeverity> _severityOf;
    private readonly List<ReportedDiagnostic> _reported = new();
    private readonly WorkItemDocument? _standIn;

    internal RuleContext(
        Rule rule,
        WorkItemDocument document,
        WorkItemWorkspace workspace,
        IRepositoryView? repository,
        Func<string, bool> isKnownDiagnosticId,
        Func<DiagnosticDescriptor, DiagnosticSeverity> severityOf,
        Engine.WorkItemChange? change,
        PackSettingValues settings,
        CancellationToken cancellationToken,
        WorkItemDocument? standIn = null)
    {
        _standIn = standIn;
        Settings = settings;
        Change = change;
        _rule = rule;
        Document = document;
        Workspace = workspace;
        Repository = repository;
        _isKnownDiagnosticId = isKnownDiagnosticId;
        _severityOf = severityOf;
        CancellationToken = cancellationToken;
    }

    /// <summary>The file being analysed.</summary>
    public WorkItemDocument Document { get; }

    /// <summary>
    /// The Work Item. Always present for ordinary rules; a rule that sets
    /// <see cref="Rule.AnalyzesUnparsedDocuments"/> reads <see cref="WorkItemDocument.WorkItem"/> instead.
    /// </summary>
    public WorkItem WorkItem => Document.WorkItem ?? throw new InvalidOperationException("The document could not be parsed; it has no Work Item.");

    /// <summary>
    /// True when <paramref name="document"/>, found in the <see cref="Workspace"/>, is the Work Item
    /// being analysed: <see cref="Document"/> itself or the stand-in the workspace holds for its file
    /// (a host that bounds its memory keeps each file there as a document rebuilt from its
    /// <see cref="Engine.WorkItemFacts"/>, and parses the file whole only while it is analysed; see
    /// <see cref="Engine.LintOptions.LintInPlaceOf"/>). Compare with this, never by reference.
    /// </summary>
    public bool IsAnalyzedDocument(WorkItemDocument document) =>
        document is not null && (ReferenceEquals(document, Document) || ReferenceEquals(document, _standIn));

    /// <summary>All Work Items linted together (read-only).</summary>
    public WorkItemWorkspace Workspace { get; }

    /// <summary>The repository's files, when the host has them (the CLI, the MSBuild task, the host service); null inside the compiler.</summary>
    public IRepositoryView? Repository { get; }

    /// <summary>The change the lint judges against this Work Item, or null when there is none.</summary>
    public Engine.WorkItemChange? Change { get; }

    /// <summary>The values of the pack's <see cref="RulePack.Settings"/> in force for this run.</summary>
    public PackSettingValues Settings { get; }

    /// <summary>Cancellation requested by the host.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The source text of the file being analysed.</summary>
    public SourceText Text => Document.Text;

    internal IReadOnlyList<ReportedDiagnostic> Reported => _reported;

    /// <summary>True when some available rule of some pack declares <paramref name="diagnosticId"/>.</summary>
    public bool IsKnownDiagnosticId(string diagnosticId) => _isKnownDiagnosticId(diagnosticId);

    /// <summary>
    /// True when <paramref name="descriptor"/> will be reported at all (its configured severity is
    /// not <c>none</c>): a rule can skip work whose only purpose is a diagnostic nobody asked for.
    /// </summary>
    public bool IsEnabled(DiagnosticDescriptor descriptor) =>
        _severityOf(descriptor ?? throw new ArgumentNullException(nameof(descriptor))) != DiagnosticSeverity.None;

    /// <summary>
    /// True when the Work Item suppresses <paramref name="descriptor"/> with an entry that counts (a
    /// known ID and a justification; see <see cref="Engine.SuppressionPolicy"/>): the engine will drop
    /// what the rule reports under it. A rule whose verdict depends on which of its own findings
    /// stand (no criterion left falsifiable, say) asks this instead of judging suppressions itself.
    /// </summary>
    public bool IsSuppressed(DiagnosticDescriptor descriptor)
    {
        if (descriptor is null)
        {
            throw new ArgumentNullException(nameof(descriptor));
        }

        if (Document.WorkItem is not { } workItem)
        {
            return false;
        }

        foreach (var entry in workItem.Suppressions)
        {
            if (string.Equals(entry.DiagnosticId, descriptor.Id, StringComparison.Ordinal) && Engine.SuppressionPolicy.Check(entry, _isKnownDiagnosticId) == Engine.SuppressionProblem.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reports a diagnostic at <paramref name="span"/> of the current file.</summary>
    /// <param name="descriptor">One of the rule's <see cref="Rule.SupportedDiagnostics"/>.</param>
    /// <param name="span">The node the diagnostic is about.</param>
    /// <param name="messageArguments">The values the message names.</param>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] messageArguments) =>
        Add(descriptor, null, span, null, messageArguments);

    /// <summary>
    /// Reports a diagnostic and records <paramref name="properties"/> with it: facts the rule found
    /// that its fix provider needs and cannot cheaply find again (the id a suggestion would add).
    /// </summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, IReadOnlyDictionary<string, string> properties, params object?[] messageArguments) =>
        Add(descriptor, null, span, properties ?? throw new ArgumentNullException(nameof(properties)), messageArguments);

    /// <summary>
    /// Reports one occurrence at a lower severity than the descriptor's default (a dependency of a
    /// draft is only worth an info). A severity configured for the ID still wins; a severity above
    /// the default is not allowed.
    /// </summary>
    public void Report(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, TextSpan span, params object?[] messageArguments)
    {
        if (descriptor is null)
        {
            throw new ArgumentNullException(nameof(descriptor));
        }

        if (severity > descriptor.DefaultSeverity)
        {
            throw new ArgumentOutOfRangeException(nameof(severity), "A rule may lower a diagnostic's severity, never raise it.");
        }

        Add(descriptor, severity, span, null, messageArguments);
    }

    private void Add(DiagnosticDescriptor descriptor, DiagnosticSeverity? severity, TextSpan span, IReadOnlyDictionary<string, string>? properties, object?[] messageArguments)
    {
        if (descriptor is null)
        {
            throw new ArgumentNullException(nameof(descriptor));
        }

        if (!_rule.SupportedDiagnostics.Contains(descriptor))
        {
            throw new InvalidOperationException("The rule reported " + descriptor.Id + ", which is not among its supported diagnostics.");
        }

        // A span in a joined file (a Spec Kit tasks.md path of the Work Item's scope) stays as it is;
        // any other is kept within the file's text.
        if (!Document.Joined.Any(f => f.Contains(span)))
        {
            var end = Math.Min(span.End, Text.Length);
            span = TextSpan.FromBounds(Math.Min(span.Start, end), end);
        }

        _reported.Add(new ReportedDiagnostic(descriptor, severity, span, descriptor.FormatMessage(messageArguments), properties));
    }

    internal sealed class ReportedDiagnostic
    {
        public ReportedDiagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity? severity, TextSpan span, string message, IReadOnlyDictionary<string, string>? properties)
        {
            Properties = properties;
            Descriptor = descriptor;
            Severity = severity;
            Span = span;
            Message = message;
        }

        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>The severity the rule chose for this occurrence, or null for the descriptor's default.</summary>
        public DiagnosticSeverity? Severity { get; }

        public TextSpan Span { get; }

        public string Message { get; }

        public IReadOnlyDictionary<string, string>? Properties { get; }
    }
}
