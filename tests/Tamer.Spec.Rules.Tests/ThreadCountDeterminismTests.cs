using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// The same files give byte-identical reports whatever the number of threads that parse and lint
/// them: one, the machine's processors, or more threads than processors.
/// </summary>
public sealed class ThreadCountDeterminismTests
{
    private static readonly Lazy<IReadOnlyList<(string Path, byte[] Bytes)>> Corpus = new(() =>
        new CorpusGenerator(seed: 7, count: 1_500, CorpusShape.Busy with { HotWriters = 80 }).Generate().ToList());

    private static readonly Dictionary<int, LintResult> Results = new();

    public static TheoryData<ReportFormat> Formats => new(Enum.GetValues<ReportFormat>());

    [Theory]
    [MemberData(nameof(Formats))]
    public void Reports_are_byte_identical_with_one_thread_and_with_many(ReportFormat format)
    {
        var one = Report(format, threads: 1);

        one.Length.ShouldBeGreaterThan(10_000);
        Report(format, threads: Math.Max(2, Environment.ProcessorCount)).ShouldBe(one);
        Report(format, threads: 8).ShouldBe(one);
    }

    private static string Report(ReportFormat format, int threads)
    {
        LintResult? result;
        lock (Results)
        {
            if (!Results.TryGetValue(threads, out result))
            {
                var corpus = Corpus.Value;
                var documents = new WorkItemDocument[corpus.Count];
                Parallel.For(0, corpus.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => documents[i] = WorkItemParser.Parse(corpus[i].Path, corpus[i].Bytes));
                result = AxisPacks.Engine().Lint(new WorkItemWorkspace(documents), new LintOptions { MaxDegreeOfParallelism = threads });
                Results.Add(threads, result);
            }
        }

        using var writer = new StringWriter();
        ReportWriters.For(format).Write(result, new ToolInfo("tamer-lint", "1.0.0", "/repo"), writer);
        return writer.ToString();
    }
}
