using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// The dependency-heavy corpus (20,000 Work Items, a chain of 5,000, one cycle of three): the
/// cycle is reported once for each of its three Work Items and nothing else is a cycle; the chain
/// needs no recursion. (Its cost is measured by the benchmarks.)
/// </summary>
public sealed class DependencyCorpusTests
{
    [Fact]
    public void The_three_cycle_is_reported_once_for_each_of_its_work_items()
    {
        var corpus = new CorpusGenerator(seed: 42, count: 20_000, profile: "dependencies").Generate().ToList();
        var documents = corpus.Select(f => WorkItemParser.Parse(f.Path, f.Bytes)).ToList();
        var edges = documents.Sum(d => d.WorkItem!.DependsOn.Count);

        var result = AxisPacks.Engine().Lint(new WorkItemWorkspace(documents), new Engine.LintOptions { MaxDegreeOfParallelism = Environment.ProcessorCount });

        edges.ShouldBeInRange(35_000, 45_000);
        var cycles = result.Files.SelectMany(f => f.Diagnostics.Where(d => d.Id == "TMR4003").Select(d => (f.Id, d.Message))).ToList();
        cycles.Select(c => c.Id).ShouldBe(CorpusGenerator.CycleIds, ignoreOrder: true);
        cycles.ShouldAllBe(c => c.Message.StartsWith("dependency cycle: " + c.Id + " → ", StringComparison.Ordinal));
        result.Files.SelectMany(f => f.Diagnostics).ShouldNotContain(d => d.Id == "TMR9003");
    }
}
