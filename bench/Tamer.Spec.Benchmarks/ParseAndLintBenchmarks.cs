using BenchmarkDotNet.Attributes;
using Tamer.Spec.Rules;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Benchmarks;

/// <summary>
/// In-process throughput over a generated corpus held in memory (no disk): parsing alone, and
/// parsing plus the whole lint with every built-in rule, on one thread and on all cores. Two
/// corpora: the default one (10,000 items) and the dependency-heavy one (20,000 items, about
/// 42,000 depends_on edges, a chain 5,000 long and a cycle of three). WIs/s = items / Mean.
/// </summary>
[MemoryDiagnoser]
public class ParseAndLintBenchmarks
{
    private (string Path, byte[] Bytes)[] _corpus = [];
    private LintEngine _engine = null!;

    [Params("default:10000", "dependencies:20000")]
    public string Corpus { get; set; } = "default:10000";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Corpus.Split(':');
        _corpus = new CorpusGenerator(seed: 42, int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[0]).Generate().ToArray();
        _engine = new LintEngine(BuiltInRulePacks.All);
    }

    [Benchmark]
    public int Parse()
    {
        var parsed = 0;
        foreach (var (path, bytes) in _corpus)
        {
            parsed += WorkItemParser.Parse(path, bytes).Problems.Count >= 0 ? 1 : 0;
        }

        return parsed;
    }

    [Benchmark]
    public int ParseAndLintOneThread() => Lint(1);

    [Benchmark]
    public int ParseAndLintAllCores() => Lint(Environment.ProcessorCount);

    private int Lint(int parallelism)
    {
        var documents = new WorkItemDocument[_corpus.Length];
        Parallel.For(0, _corpus.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i => documents[i] = WorkItemParser.Parse(_corpus[i].Path, _corpus[i].Bytes));
        var result = _engine.Lint(new WorkItemWorkspace(documents), new LintOptions { MaxDegreeOfParallelism = parallelism });
        return result.Summary.Files;
    }
}
