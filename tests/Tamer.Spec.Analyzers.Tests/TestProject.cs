using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// A C# project as the compiler would see it with the package referenced: C# sources, Work Items
/// and the configuration as AdditionalFiles with the metadata the package's targets set, options
/// from .editorconfig sections per file, and the compilation's own diagnostic options.
/// </summary>
internal sealed class TestProject(string root)
{
    private readonly List<(string Path, string Text)> _sources = [];
    private readonly List<AdditionalText> _additional = [];
    private readonly Dictionary<string, Dictionary<string, string>> _fileOptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _global = new(StringComparer.Ordinal) { ["build_property.TamerRootDirectory"] = root };
    private readonly Dictionary<string, ReportDiagnostic> _specific = new(StringComparer.Ordinal);

    public string Root { get; } = root;

    public string PathOf(string relativePath) => Root.TrimEnd('/') + "/" + relativePath;

    public TestProject WorkItem(string relativePath, string text, string kind = "WorkItemCandidate") =>
        Additional(relativePath, text, kind);

    public TestProject Configuration(string text, string relativePath = ".tamer.yml") =>
        Additional(relativePath, text, "Configuration");

    /// <summary>An AdditionalFile; <paramref name="kind"/> null means no TamerKind metadata at all.</summary>
    public TestProject Additional(string relativePath, string text, string? kind)
    {
        _additional.Add(new InMemoryAdditionalText(PathOf(relativePath), text));
        if (kind is not null)
        {
            FileOption(relativePath, "build_metadata.AdditionalFiles.TamerKind", kind);
        }

        return this;
    }

    /// <summary>A Work Item candidate given as the bytes of a file.</summary>
    public TestProject WorkItemBytes(string relativePath, byte[] bytes)
    {
        _additional.Add(new InMemoryAdditionalText(PathOf(relativePath), bytes));
        return FileOption(relativePath, "build_metadata.AdditionalFiles.TamerKind", "WorkItemCandidate");
    }

    public TestProject Source(string relativePath, string code)
    {
        _sources.Add((PathOf(relativePath), code));
        return this;
    }

    /// <summary>What an .editorconfig section matching the file sets.</summary>
    public TestProject FileOption(string relativePath, string key, string value)
    {
        var path = PathOf(relativePath);
        if (!_fileOptions.TryGetValue(path, out var options))
        {
            options = new Dictionary<string, string>(StringComparer.Ordinal);
            _fileOptions.Add(path, options);
        }

        options[key] = value;
        return this;
    }

    /// <summary>A build property the compiler passes (<c>build_property.X</c>) or a global option.</summary>
    public TestProject Global(string key, string value)
    {
        _global[key] = value;
        return this;
    }

    public TestProject WithoutGlobal(string key)
    {
        _global.Remove(key);
        return this;
    }

    /// <summary>A test project: the generator adds [Satisfies].</summary>
    public TestProject AsTestProject() => Global("build_property.IsTestProject", "true");

    /// <summary>What NoWarn, WarningsAsErrors or a .globalconfig's dotnet_diagnostic key give the compilation.</summary>
    public TestProject CompilationSeverity(string id, ReportDiagnostic report)
    {
        _specific[id] = report;
        return this;
    }

    public AnalyzerOptions AnalyzerOptions() =>
        new([.. _additional], OptionsProvider());

    public TestAnalyzerOptions OptionsProvider() =>
        new(_global, _fileOptions.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal));

    /// <summary>The compilation after the [Satisfies] generator ran.</summary>
    public Compilation Compile()
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = _sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSpecificDiagnosticOptions(_specific);
        var compilation = CSharpCompilation.Create("Consumer", trees, References.Runtime, options);
        var driver = CSharpGeneratorDriver.Create([new SatisfiesAttributeGenerator().AsSourceGenerator()], [], parse, OptionsProvider());
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var problems);
        problems.ShouldBeEmpty();
        return generated;
    }

    /// <summary>Everything the analyzer reports, after the compiler's own severity options.</summary>
    public Task<ImmutableArray<Diagnostic>> AnalyzeAsync() => AnalyzeAsync(new WorkItemAnalyzer());

    /// <summary>Everything the given analyzers report.</summary>
    public async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(params DiagnosticAnalyzer[] analyzers)
    {
        var compilation = Compile();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        errors.ShouldBeEmpty(string.Join("\n", errors));
        var withAnalyzers = compilation.WithAnalyzers([.. analyzers], AnalyzerOptions());
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
        diagnostics.Where(d => d.Id == "AD0001").ShouldBeEmpty();
        return diagnostics;
    }
}
