using BenchmarkDotNet.Attributes;
using Tamer.Spec.Engine;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;
using Tamer.Spec.Testing;
using Tamer.Spec.Text;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Benchmarks;

/// <summary>
/// What recognising a file's format costs a lint of 10,000 native Work Items (the default corpus,
/// held in memory): the detection alone over every file, against parsing and linting the same
/// files on one thread, with the format recognised (as every host does) and with the native
/// profile given (no detection). Three layouts: the corpus as generated (<c>work-items/…</c>,
/// where a path without <c>specs</c> or <c>backlog</c> is settled at once), and the same files
/// under <c>backlog/tasks/…</c> and <c>specs/001-feature/…</c>, where the detector also reads the
/// frontmatter's first lines to find the native id.
/// </summary>
[MemoryDiagnoser]
public class FormatDetectionBenchmarks
{
    private (string Path, byte[] Bytes)[] _corpus = [];
    private SourceText[] _texts = [];
    private LintEngine _engine = null!;

    [Params("work-items", "backlog/tasks", "specs/001-feature")]
    public string Layout { get; set; } = "work-items";

    [GlobalSetup]
    public void Setup()
    {
        _corpus = new CorpusGenerator(seed: 42, 10_000, "default").Generate()
            .Select(item => (Layout + item.Path.Substring("work-items".Length), item.Bytes))
            .ToArray();
        _texts = _corpus.Select(item => WorkItemParser.Parse(item.Path, item.Bytes).Text).ToArray();
        if (_corpus.Select((item, i) => FormatDetector.Detect(item.Path, _texts[i])).Any(p => p != FormatProfiles.Native))
        {
            throw new InvalidOperationException("every Work Item of the corpus is native in layout " + Layout);
        }

        _engine = new LintEngine(BuiltInRulePacks.All);
    }

    [Benchmark]
    public int DetectOnly()
    {
        var native = 0;
        for (var i = 0; i < _corpus.Length; i++)
        {
            native += ReferenceEquals(FormatDetector.Detect(_corpus[i].Path, _texts[i]), FormatProfiles.Native) ? 1 : 0;
        }

        return native;
    }

    [Benchmark(Baseline = true)]
    public int ParseAndLintDetected() => Lint(null);

    [Benchmark]
    public int ParseAndLintNativeGiven() => Lint(FormatProfiles.Native);

    private int Lint(FormatProfile? profile)
    {
        var documents = new WorkItemDocument[_corpus.Length];
        for (var i = 0; i < _corpus.Length; i++)
        {
            documents[i] = WorkItemParser.Parse(_corpus[i].Path, _corpus[i].Bytes, null, profile);
        }

        var result = _engine.Lint(new WorkItemWorkspace(documents), new LintOptions { MaxDegreeOfParallelism = 1 });
        return result.Summary.Files;
    }
}
