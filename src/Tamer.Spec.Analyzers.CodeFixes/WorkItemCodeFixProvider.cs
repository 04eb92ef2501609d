using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Analyzers.CodeFixes;

/// <summary>
/// Offers the rule packs' fixes on Work Items in the IDE: each fix the engine attaches to a
/// diagnostic (safe fixes and suggestions alike, best first), and two actions that apply every
/// safe fix, in the file or in the project, exactly as <c>tamer-lint --fix</c> does.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WorkItemCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".md" })]
[Shared]
public sealed class WorkItemCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = AnalyzerEngine.Instance.Descriptors
        .Where(d => d.FixKind != FixKind.None)
        .Select(d => d.Id)
        .Distinct(StringComparer.Ordinal)
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WorkItemFixAllProvider.Instance;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        if (document.FilePath is not { } path)
        {
            return;
        }

        var project = await ProjectFixes.ForAsync(document.Project, context.CancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        var offered = false;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (project.Find(path, diagnostic) is not { } found)
            {
                continue;
            }

            for (var index = 0; index < found.Fixes.Count; index++)
            {
                var fix = found.Fixes[index];
                context.RegisterCodeFix(
                    CodeAction.Create(Title(fix.Title), _ => Task.FromResult(FixedTexts.WithFix(document.Project.Solution, document, text, fix)), FixEquivalence.ForFix(found.Id, index)),
                    diagnostic);
                offered = true;
            }
        }

        if (!offered || !project.Fixable(path).Any(d => d.Fixes.Any(f => f.Kind == FixKind.Safe)))
        {
            return;
        }

        var diagnostics = context.Diagnostics;
        context.RegisterCodeFix(
            CodeAction.Create("Apply every safe Tamer.Spec fix in this file", _ => Task.FromResult(FixedTexts.WithEverySafeFix(document.Project.Solution, project, new[] { document })), FixEquivalence.EverySafeFix),
            diagnostics);
        context.RegisterCodeFix(
            CodeAction.Create("Apply every safe Tamer.Spec fix in this project", _ => Task.FromResult(FixedTexts.WithEverySafeFix(document.Project.Solution, project, project.WorkItemDocuments().ToList())), FixEquivalence.EverySafeFixInProject),
            diagnostics);
    }

    // The engine writes fix titles as lower-case phrases for its reports; a menu item starts with a capital.
    private static string Title(string title) => title.Length == 0 ? title : char.ToUpperInvariant(title[0]) + title.Substring(1);
}
