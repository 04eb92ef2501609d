using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Fixes;
using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Testing;

/// <summary>
/// A folder of fixture Work Items linted as one workspace (paths relative to the folder), with
/// each file's marked expectations beside what the engine reported.
/// </summary>
public sealed class FixtureFolder
{
    private readonly Dictionary<string, FileLintResult> _results;
    private readonly Dictionary<string, string> _texts;
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _extras;
    private readonly IReadOnlyList<WorkItemDocument> _documents;
    private readonly LintOptions _options;

    private FixtureFolder(string folder, LintResult result, Dictionary<string, string> texts, Dictionary<string, IReadOnlyList<Diagnostic>> extras, IReadOnlyList<WorkItemDocument> documents, LintOptions options)
    {
        Folder = folder;
        _documents = documents;
        _options = options;
        Result = result;
        _results = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        _texts = texts;
        _extras = extras;
    }

    public string Folder { get; }

    public LintResult Result { get; }

    public IEnumerable<string> FileNames => _texts.Keys.OrderBy(k => k, StringComparer.Ordinal);

    /// <summary>
    /// Lints the <c>*.md</c> files directly in <paramref name="folder"/> as one workspace. A
    /// <c>.tamer.yml</c> there configures the run; a <c>repository.txt</c> (one repository-relative
    /// file path per line) stands for the repository's files; <paramref name="extra"/> adds
    /// diagnostics that come from outside a lint (such as a drift check).
    /// </summary>
    public static FixtureFolder Lint(string folder, LintEngine engine, TamerConfiguration? configuration = null, Func<WorkItemDocument, string, IEnumerable<Diagnostic>>? extra = null) =>
        Lint(folder, engine, SearchOption.TopDirectoryOnly, configuration, extra);

    /// <summary>
    /// Lints the folder's files and, with <see cref="SearchOption.AllDirectories"/>, those of its
    /// sub-folders too, each named by its path under the folder (so that a file's path can give its
    /// format, as <c>backlog/tasks/task-7 - Title.md</c> does).
    /// </summary>
    public static FixtureFolder Lint(string folder, LintEngine engine, SearchOption search, TamerConfiguration? configuration = null, Func<WorkItemDocument, string, IEnumerable<Diagnostic>>? extra = null)
    {
        var configPath = Path.Combine(folder, ".tamer.yml");
        if (configuration is null && System.IO.File.Exists(configPath))
        {
            var parsed = ConfigurationParser.Parse(".tamer.yml", System.IO.File.ReadAllText(configPath));
            if (parsed.HasErrors)
            {
                throw new InvalidOperationException("The fixture configuration is invalid: " + string.Join("; ", parsed.Diagnostics));
            }

            configuration = parsed.Configuration;
        }

        var repositoryPath = Path.Combine(folder, "repository.txt");
        var repository = System.IO.File.Exists(repositoryPath) ? new ListedRepository(System.IO.File.ReadAllLines(repositoryPath)) : null;
        var files = Directory.GetFiles(folder, "*.md", search)
            .Where(f => !f.EndsWith(".fixed.md", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var documents = new List<WorkItemDocument>();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var bytes = System.IO.File.ReadAllBytes(file);
            texts[name] = System.Text.Encoding.UTF8.GetString(bytes);
            documents.Add(WorkItemParser.Parse(name, bytes, null, (configuration ?? TamerConfiguration.Default).FindFormat(name)));
        }

        var options = new LintOptions { Configuration = configuration ?? TamerConfiguration.Default, Repository = repository };
        var result = engine.Lint(new WorkItemWorkspace(documents), options);
        if (result.HasConfigurationErrors)
        {
            throw new InvalidOperationException("The fixture configuration is invalid: " + string.Join("; ", result.RunDiagnostics));
        }

        var extras = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        if (extra is not null)
        {
            foreach (var document in documents)
            {
                extras[document.Path] = extra(document, texts[document.Path]).ToList();
            }
        }

        return new FixtureFolder(folder, result, texts, extras, documents, options);
    }

    /// <summary>Fixes every file of the folder as one workspace, with the folder's configuration.</summary>
    public FixRun Fix(LintEngine engine, FixScope scope) => new WorkItemFixer(engine).Fix(_documents, Array.Empty<WorkItemDocument>(), scope, _options);

    /// <summary>The markers of a file, restricted to IDs <paramref name="inScope"/> accepts.</summary>
    public IReadOnlyList<ExpectedDiagnostic> Expected(string fileName, Func<string, bool> inScope) =>
        FixtureMarkers.Read(_texts[fileName]).Where(e => inScope(e.Id)).ToList();

    /// <summary>What the engine reported for a file, restricted to IDs <paramref name="inScope"/> accepts.</summary>
    public IReadOnlyList<ExpectedDiagnostic> Actual(string fileName, Func<string, bool> inScope) =>
        Diagnostics(fileName)
            .Where(d => inScope(d.Id))
            .Select(d => new ExpectedDiagnostic(d.Id, d.Location!.Start.Line, d.Location.Start.Column))
            .OrderBy(e => e)
            .ToList();

    public IReadOnlyList<Diagnostic> Diagnostics(string fileName) =>
        _extras.TryGetValue(fileName, out var extra) ? _results[fileName].Diagnostics.Concat(extra).ToList() : _results[fileName].Diagnostics;

    /// <summary>The raw text of a fixture.</summary>
    public string Text(string fileName) => _texts[fileName];

    public FileLintResult File(string fileName) => _results[fileName];
}
