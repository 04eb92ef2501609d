using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Tamer.Spec.Analyzers.CodeFixes;

/// <summary>
/// Fix All for Work Items: the chosen fix (same diagnostic ID, same place in its list of fixes)
/// everywhere in the document, project or solution, or every safe fix when that action was
/// chosen. Each project is linted afresh, so the fixes are the engine's, not replayed edits.
/// </summary>
internal sealed class WorkItemFixAllProvider : FixAllProvider
{
    public static WorkItemFixAllProvider Instance { get; } = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var key = fixAllContext.CodeActionEquivalenceKey;
        var projects = fixAllContext.Scope == FixAllScope.Solution ? fixAllContext.Solution.Projects.ToList() : new List<Project> { fixAllContext.Project };
        var onlyDocument = fixAllContext.Scope == FixAllScope.Document ? fixAllContext.Document?.FilePath : null;
        if (fixAllContext.Scope == FixAllScope.Document && onlyDocument is null)
        {
            // Roslyn names no additional document here; the file-wide actions cover that scope.
            return Task.FromResult<CodeAction?>(null);
        }

        var title = IsEverySafeFix(key) ? "Apply every safe Tamer.Spec fix" : "Apply this Tamer.Spec fix everywhere";
        return Task.FromResult<CodeAction?>(CodeAction.Create(title, token => FixAsync(fixAllContext.Solution, projects, onlyDocument, key, fixAllContext.DiagnosticIds, token), key));
    }

    private static bool IsEverySafeFix(string? key) => key is FixEquivalence.EverySafeFix or FixEquivalence.EverySafeFixInProject;

    private static async Task<Solution> FixAsync(Solution solution, IReadOnlyList<Project> projects, string? onlyDocument, string? key, IReadOnlyCollection<string> diagnosticIds, CancellationToken cancellationToken)
    {
        foreach (var project in projects)
        {
            var fixes = await ProjectFixes.ForAsync(project, cancellationToken).ConfigureAwait(false);
            var documents = fixes.WorkItemDocuments().Where(d => onlyDocument is null || d.FilePath == onlyDocument).ToList();
            if (IsEverySafeFix(key))
            {
                solution = FixedTexts.WithEverySafeFix(solution, fixes, documents);
                continue;
            }

            if (!FixEquivalence.TryRead(key, out var id, out var index) || !diagnosticIds.Contains(id))
            {
                continue;
            }

            foreach (var document in documents)
            {
                var chosen = fixes.Fixable(document.FilePath!).Where(d => d.Id == id && d.Fixes.Count > index).Select(d => d.Fixes[index]).ToList();
                if (chosen.Count > 0)
                {
                    var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    solution = solution.WithAdditionalDocumentText(document.Id, FixedTexts.WithFixes(text, chosen));
                }
            }
        }

        return solution;
    }
}
