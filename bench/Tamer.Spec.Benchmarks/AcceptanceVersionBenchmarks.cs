using BenchmarkDotNet.Attributes;
using Tamer.Spec.Configuration;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Benchmarks;

/// <summary>
/// What acceptance 4.0.0 costs beside 3.0.0: the whole lint (every built-in pack) of the default
/// corpus of 10,000 items, already parsed, on one thread, with the acceptance axis pinned to each
/// version. The ratio of the two means is the figure in docs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class AcceptanceVersionBenchmarks
{
    private WorkItemWorkspace _workspace = null!;
    private LintEngine _engine = null!;
    private LintOptions _options = null!;

    [Params("[3.0,4.0)", "[4.0,5.0)")]
    public string Acceptance { get; set; } = "[4.0,5.0)";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = new CorpusGenerator(seed: 42, 10_000, "default").Generate().ToArray();
        _workspace = new WorkItemWorkspace(corpus.Select(c => WorkItemParser.Parse(c.Path, c.Bytes)).ToList());
        _engine = new LintEngine(BuiltInRulePacks.All);
        var configuration = TamerConfiguration.Default.WithRule(ConfigurationParser.ParseRuleOption("acceptance=" + Acceptance, out _)!);
        _options = new LintOptions { Configuration = configuration, MaxDegreeOfParallelism = 1 };
    }

    [Benchmark]
    public int LintOneThread() => _engine.Lint(_workspace, _options).Summary.Files;
}
