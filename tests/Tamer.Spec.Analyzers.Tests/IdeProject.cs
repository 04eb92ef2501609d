using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Tamer.Spec.Analyzers.CodeFixes;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// A project in an <see cref="AdhocWorkspace"/>, as an IDE holds it: Work Items as additional
/// documents, a .globalconfig with what the package's targets pass, the analyzer's diagnostics,
/// and the code fix provider's actions applied the way a light bulb applies them.
/// </summary>
internal sealed class IdeProject : IDisposable
{
    private readonly AdhocWorkspace _workspace = new();
    private readonly WorkItemCodeFixProvider _provider = new();

    public IdeProject(string root, params (string RelativePath, string Text)[] workItems)
    {
        Root = root;
        var project = _workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp, filePath: Path.Combine(root, "Consumer.csproj"))
            .WithCompilationOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(References.Runtime));
        foreach (var (relativePath, text) in workItems)
        {
            project = project.AddAdditionalDocument(Path.GetFileName(relativePath), SourceText.From(text), filePath: Path.Combine(root, relativePath)).Project;
        }

        project = project.AddAnalyzerConfigDocument(".globalconfig", SourceText.From("is_global = true\nbuild_property.TamerRootDirectory = " + root + "\n"), filePath: Path.Combine(root, ".globalconfig")).Project;
        _workspace.TryApplyChanges(project.Solution).ShouldBeTrue();
    }

    public string Root { get; }

    public Project Project => _workspace.CurrentSolution.Projects.Single();

    public TextDocument Document(string relativePath) => Project.AdditionalDocuments.Single(d => d.FilePath == Path.Combine(Root, relativePath));

    public async Task<string> TextOf(string relativePath) => (await Document(relativePath).GetTextAsync(TestContext.Current.CancellationToken)).ToString();

    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync()
    {
        var compilation = await Project.GetCompilationAsync(TestContext.Current.CancellationToken);
        var diagnostics = await compilation!.WithAnalyzers([new WorkItemAnalyzer()], Project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
        diagnostics.Where(d => d.Id == "AD0001").ShouldBeEmpty();
        return diagnostics;
    }

    /// <summary>The code actions the light bulb offers on the first <paramref name="id"/> in the file.</summary>
    public async Task<(Diagnostic Diagnostic, IReadOnlyList<CodeAction> Actions)> ActionsAsync(string relativePath, string id)
    {
        var path = Path.Combine(Root, relativePath);
        var diagnostic = (await DiagnosticsAsync()).First(d => d.Id == id && d.Location.GetLineSpan().Path == path);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(Document(relativePath), diagnostic, (action, _) => actions.Add(action), TestContext.Current.CancellationToken);
        await _provider.RegisterCodeFixesAsync(context);
        return (diagnostic, actions);
    }

    /// <summary>Applies an action as the IDE does: its operations change the workspace.</summary>
    public async Task ApplyAsync(CodeAction action)
    {
        foreach (var operation in await action.GetOperationsAsync(TestContext.Current.CancellationToken))
        {
            operation.Apply(_workspace, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => _workspace.Dispose();
}
