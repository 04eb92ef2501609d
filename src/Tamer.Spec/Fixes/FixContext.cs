using System;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Fixes;

/// <summary>What a fix provider gets: the diagnostic, its file, the workspace, and the file's style.</summary>
public sealed class FixContext
{
    // One style per document, shared by every fix of that document.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<WorkItemDocument, FrontmatterStyle> Styles = new();

    private readonly WorkItemDocument? _standIn;

    /// <summary>Creates a context.</summary>
    public FixContext(Diagnostic diagnostic, WorkItemDocument document, WorkItemWorkspace workspace)
        : this(diagnostic, document, workspace, null)
    {
    }

    internal FixContext(Diagnostic diagnostic, WorkItemDocument document, WorkItemWorkspace workspace, WorkItemDocument? standIn)
    {
        _standIn = standIn;
        Diagnostic = diagnostic ?? throw new ArgumentNullException(nameof(diagnostic));
        Document = document ?? throw new ArgumentNullException(nameof(document));
        Workspace = workspace ?? throw new ArgumentNullException(nameof(workspace));
    }

    /// <summary>The diagnostic to fix.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>Where the diagnostic is, in the file's text.</summary>
    public TextSpan Span => Diagnostic.Location?.Span ?? default;

    /// <summary>The file.</summary>
    public WorkItemDocument Document { get; }

    /// <summary>The file's Work Item (fixes are only asked for files that parsed).</summary>
    public WorkItem WorkItem => Document.WorkItem ?? throw new InvalidOperationException("The document could not be parsed; it has no Work Item.");

    /// <summary>All Work Items linted together.</summary>
    public WorkItemWorkspace Workspace { get; }

    /// <summary>
    /// True when <paramref name="document"/>, found in the <see cref="Workspace"/>, is the file being
    /// fixed: <see cref="Document"/> or the stand-in the workspace holds for it (see
    /// <see cref="Rules.RuleContext.IsAnalyzedDocument"/>).
    /// </summary>
    public bool IsAnalyzedDocument(WorkItemDocument document) =>
        document is not null && (ReferenceEquals(document, Document) || ReferenceEquals(document, _standIn));

    /// <summary>The file's line ending and indentation, for edits that add lines.</summary>
    public FrontmatterStyle Style => Styles.GetValue(Document, FrontmatterStyle.Of);

    /// <summary>A fix for this diagnostic.</summary>
    public CodeFix Fix(string title, FixKind kind, params TextEdit[] edits) => new(Diagnostic.Id, title, kind, edits);
}
