using System.Collections.Generic;
using Tamer.Spec.Fixes;

namespace Tamer.Spec.LanguageServer;

/// <summary>
/// Lints open documents through their workspace, one lint at a time, and keeps the last outcome of
/// each document until its text changes or something on disk does. A Markdown document is linted
/// when it starts with frontmatter or when the configuration includes its file; any other document
/// has no diagnostics.
/// </summary>
internal sealed class DocumentLinter
{
    private readonly WorkspaceFolders _folders;
    private readonly object _gate = new();
    private readonly Dictionary<string, (long Generation, LintOutcome Outcome)> _kept = new(System.StringComparer.Ordinal);
    private long _generation;

    public DocumentLinter(WorkspaceFolders folders)
    {
        _folders = folders;
    }

    /// <summary>Something on disk changed: kept outcomes are stale.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            _folders.Changed();
        }
    }

    public void Forget(string uri)
    {
        lock (_gate)
        {
            _kept.Remove(uri);
        }
    }

    /// <summary>The outcome for <paramref name="document"/> at its version.</summary>
    public LintOutcome Lint(OpenDocument document)
    {
        lock (_gate)
        {
            if (_kept.TryGetValue(document.Uri, out var kept) && kept.Generation == _generation && ReferenceEquals(kept.Outcome.Document, document))
            {
                return kept.Outcome;
            }

            var outcome = LintNow(document);
            _kept[document.Uri] = (_generation, outcome);
            return outcome;
        }
    }

    /// <summary>What <c>--fix</c> makes of the document's text, or null when it is not a Work Item or cannot be fixed.</summary>
    public FixedFile? Fix(OpenDocument document, FixScope scope)
    {
        lock (_gate)
        {
            var outcome = Lint(document);
            if (outcome.Workspace is null || outcome.Lint is null)
            {
                return null;
            }

            try
            {
                return outcome.Workspace.Fix(document.FullPath!, document.Text, scope);
            }
            catch (WorkspaceException)
            {
                return null;
            }
        }
    }

    private LintOutcome LintNow(OpenDocument document)
    {
        if (!document.IsMarkdown)
        {
            return new LintOutcome(document, null, null, null);
        }

        var workspace = _folders.For(document.FullPath!);
        try
        {
            if (!document.StartsWithFrontmatter && !workspace.Includes(document.FullPath!))
            {
                return new LintOutcome(document, null, null, null);
            }

            return new LintOutcome(document, workspace, workspace.Lint(document.FullPath!, document.Text), null);
        }
        catch (WorkspaceException exception)
        {
            return new LintOutcome(document, workspace, null, exception.Message);
        }
    }
}
