using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Testing.Model;
using Tamer.Spec.Analyzers.CodeFixes;

namespace Tamer.Spec.Analyzers.Tests.Harness;

/// <summary>
/// The standard code fix test for Work Items. The harness's own parts do what they do for C#: the
/// markup of <c>TestState</c>, <c>FixedState</c> and <c>BatchFixedState</c> is processed and each
/// state's diagnostics are verified (positions, no other diagnostic, no AD0001). Its fix loops,
/// though, only look at diagnostics in C# documents (they pick documents by syntax tree), and a
/// Work Item is an AdditionalFile; so the fixes are applied here, the same way: the action with
/// <see cref="CodeActionTest{TVerifier}.CodeActionEquivalenceKey"/> again and again until no
/// diagnostic offers it (compared with <c>FixedState</c>), then Fix All in the project and in the
/// solution through the provider's FixAllProvider (compared with <c>BatchFixedState</c>). Fix All
/// in a document has no place: Roslyn's FixAllContext cannot name an additional document, so no
/// IDE asks for it; the per-file "every safe fix" action is the document-wide fix.
/// </summary>
internal sealed class WorkItemCodeFixTest : CSharpCodeFixTest<WorkItemAnalyzer, WorkItemCodeFixProvider, DefaultVerifier>
{
    public WorkItemCodeFixTest()
    {
        ReferenceAssemblies = HarnessProject.NoReferencePackage;
    }

    public HarnessProject Project { get; } = new();

    protected override async Task RunImplAsync(CancellationToken cancellationToken)
    {
        Verify.NotEmpty(nameof(CodeActionEquivalenceKey), CodeActionEquivalenceKey ?? string.Empty);
        Project.ApplyTo(TestState);

        // The expected diagnostics after the fix are marked too, fixable or not.
        FixedState.MarkupHandling ??= MarkupMode.Allow;
        BatchFixedState.MarkupHandling ??= MarkupMode.Allow;
        var analyzers = GetDiagnosticAnalyzers().ToArray();
        var supported = analyzers.SelectMany(a => a.SupportedDiagnostics).ToImmutableArray();
        var fixable = GetCodeFixProviders().SelectMany(p => p.FixableDiagnosticIds).ToImmutableArray();
        var rawTest = TestState.WithInheritedValuesApplied(null, fixable);
        var rawFixed = FixedState.WithInheritedValuesApplied(rawTest, fixable);
        var rawBatch = BatchFixedState.WithInheritedValuesApplied(rawFixed, fixable);
        var states = new[] { ("test", rawTest), ("fixed", rawFixed), ("batch fixed", rawBatch) }
            .Select(s => (Name: s.Item1, State: s.Item2.WithProcessedMarkup(MarkupOptions, null, supported, fixable, DefaultFilePath)))
            .ToList();

        foreach (var (name, state) in states)
        {
            await VerifyDiagnosticsAsync(Evaluated(state), [], state.ExpectedDiagnostics.ToArray(), Verify.PushContext("Diagnostics of " + name + " state"), cancellationToken);
        }

        var iterations = Math.Max(1, states[0].State.ExpectedDiagnostics.Count(d => fixable.Contains(d.Id)));
        var fixedOneByOne = await FixEachAsync(await CreateProjectAsync(Evaluated(states[0].State), [], cancellationToken), iterations, cancellationToken);
        await VerifyAdditionalFilesAsync(states[1].State, fixedOneByOne, Verify.PushContext("Iterative code fix application"), cancellationToken);
        foreach (var scope in new[] { FixAllScope.Project, FixAllScope.Solution })
        {
            var fixedAll = await FixAllAsync(await CreateProjectAsync(Evaluated(states[0].State), [], cancellationToken), scope, cancellationToken);
            await VerifyAdditionalFilesAsync(states[2].State, fixedAll, Verify.PushContext("Fix all in " + scope.ToString().ToLowerInvariant()), cancellationToken);
        }
    }

    private EvaluatedProjectState Evaluated(SolutionState state) => new(state, ReferenceAssemblies);

    private async Task<Project> FixEachAsync(Project project, int iterations, CancellationToken cancellationToken)
    {
        for (var i = 0; i <= iterations; i++)
        {
            if (await FirstOfferAsync(project, cancellationToken) is not { } offer)
            {
                return project;
            }

            project = await ApplyAsync(project, offer.Action, cancellationToken);
        }

        Verify.Fail("The upper limit for the number of code fix iterations (" + iterations + ") was exceeded");
        return project;
    }

    private async Task<Project> FixAllAsync(Project project, FixAllScope scope, CancellationToken cancellationToken)
    {
        if (await FirstOfferAsync(project, cancellationToken) is not { } offer)
        {
            return project;
        }

        var provider = GetCodeFixProviders().Single();
        var ids = GetDiagnosticAnalyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct();
        var context = new FixAllContext(project, provider, scope, offer.Action.EquivalenceKey, ids, new AllDiagnostics(offer.Diagnostics), cancellationToken);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        Verify.True(action is not null, "the FixAllProvider offers Fix All in the " + scope.ToString().ToLowerInvariant());
        return await ApplyAsync(project, action!, cancellationToken);
    }

    // The first diagnostic in an AdditionalFile whose fixes include the action with the equivalence key.
    private async Task<(CodeAction Action, ImmutableArray<Diagnostic> Diagnostics)?> FirstOfferAsync(Project project, CancellationToken cancellationToken)
    {
        var diagnostics = (await GetSortedDiagnosticsAsync(project.Solution, GetDiagnosticAnalyzers().ToImmutableArray(), [], CompilerDiagnostics, Verify, cancellationToken)).Select(d => d.diagnostic).ToImmutableArray();
        var provider = GetCodeFixProviders().Single();
        foreach (var diagnostic in diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)))
        {
            var document = project.AdditionalDocuments.FirstOrDefault(d => d.FilePath == diagnostic.Location.GetLineSpan().Path);
            if (document is null)
            {
                continue;
            }

            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken));
            if (actions.FirstOrDefault(a => a.EquivalenceKey == CodeActionEquivalenceKey) is { } chosen)
            {
                return (chosen, diagnostics);
            }
        }

        return null;
    }

    private static async Task<Project> ApplyAsync(Project project, CodeAction action, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return changed.GetProject(project.Id)!;
    }

    private static async Task VerifyAdditionalFilesAsync(SolutionState expected, Project project, IVerifier verifier, CancellationToken cancellationToken)
    {
        var actual = project.AdditionalDocuments.ToList();
        verifier.Equal(expected.AdditionalFiles.Count, actual.Count, "the number of AdditionalFiles changed");
        foreach (var (path, text) in expected.AdditionalFiles)
        {
            var document = actual.SingleOrDefault(d => d.FilePath == path);
            verifier.True(document is not null, path + " is missing");
            var content = await document!.GetTextAsync(cancellationToken);
            verifier.EqualOrDiff(text.ToString(), content.ToString(), "content of '" + path + "' did not match. Diff shown with expected as baseline:");
        }
    }

    private sealed class AllDiagnostics(ImmutableArray<Diagnostic> all) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(all);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(all);
    }
}
