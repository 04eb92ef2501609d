using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Tamer.Spec.Engine;
using Tamer.Spec.Fixes;

namespace Tamer.Spec.Analyzers.CodeFixes;

/// <summary>Computes fixed Work Item texts with the core's fix machinery, and puts them into a solution.</summary>
internal static class FixedTexts
{
    /// <summary>One fix applied to its document.</summary>
    public static Solution WithFix(Solution solution, TextDocument document, SourceText text, CodeFix fix) =>
        solution.WithAdditionalDocumentText(document.Id, Replace(text, FixApplier.ApplyEdits(text.ToString(), fix.Edits)));

    /// <summary>The fixes that go together in one document (overlapping ones are left for another pass).</summary>
    public static SourceText WithFixes(SourceText text, IEnumerable<CodeFix> fixes) =>
        Replace(text, FixApplier.Apply(text.ToString(), fixes).Text);

    /// <summary>
    /// Every safe fix in <paramref name="documents"/>, pass after pass, exactly as <c>tamer-lint --fix</c>
    /// applies them; the project's other Work Items are read, never changed.
    /// </summary>
    public static Solution WithEverySafeFix(Solution solution, ProjectFixes project, IReadOnlyCollection<TextDocument> documents)
    {
        if (project.Lint.Linted is not { } linted)
        {
            return solution;
        }

        var byPath = documents.Where(d => d.FilePath is not null).ToDictionary(d => d.FilePath!, StringComparer.Ordinal);
        var toFix = new List<Parsing.WorkItemDocument>();
        var fixedPaths = new Dictionary<string, TextDocument>(StringComparer.Ordinal);
        foreach (var pair in byPath)
        {
            if (project.Lint.WorkItemAt(pair.Key) is { } input && linted.DocumentOf(input) is { } parsed)
            {
                toFix.Add(parsed);
                fixedPaths[parsed.Path] = pair.Value;
            }
        }

        var context = linted.Workspace.Documents.Where(d => !fixedPaths.ContainsKey(d.Path)).ToList();
        var run = new WorkItemFixer(AnalyzerEngine.Instance).Fix(toFix, context, FixScope.Safe, new LintOptions { Configuration = linted.Severities.EngineConfiguration });
        foreach (var file in run.Changed)
        {
            var document = fixedPaths[file.Path];
            var original = linted.InputOf(file.Path)!.Text;
            solution = solution.WithAdditionalDocumentText(document.Id, Replace(original, file.Text));
        }

        return solution;
    }

    // The new text keeps the file's encoding, so that saving it keeps its byte order mark.
    private static SourceText Replace(SourceText original, string text) => SourceText.From(text, original.Encoding, original.ChecksumAlgorithm);
}
