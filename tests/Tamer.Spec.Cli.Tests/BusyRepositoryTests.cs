using System.Globalization;
using System.Text.RegularExpressions;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// <c>tamer-lint lint .</c> on a generated repository of 10,000 Work Items, a third of them in
/// progress or in review and three files each written by 240 of them: at most one TMR4004 per Work
/// Item, whose message counts the active Work Items it overlaps and names the first three by id.
/// The expected overlaps are worked out here by comparing the Work Item with every other one.
/// </summary>
public sealed partial class BusyRepositoryTests
{
    private const string HotFile = "src/gateway/routes.ts";

    [GeneratedRegex(@"^(?<path>[^()]+)\(\d+,\d+\): warning TMR4004: overlaps (?<count>\d+) active Work Items? without depending on (?:them|it): (?<named>.*?)(?: and (?<more>\d+) more)? \[dependencies@2\.1\.0\]$", RegexOptions.CultureInvariant)]
    private static partial Regex Overlap();

    [GeneratedRegex(@"(?<id>WI-[A-Z]+-\d+) \((?<path>[^)]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    // What the docs call a file path in a criterion or the body: a folder and an extension.
    [GeneratedRegex(@"(?<![\w./:-])(?:[\w.-]+/)+[\w-][\w.-]*\.[A-Za-z0-9]+(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex FilePath();

    [Fact]
    public void A_busy_repository_gets_at_most_one_TMR4004_per_work_item_naming_the_count_and_the_first_three()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        var corpus = new CorpusGenerator(seed: 42, count: 10_000, profile: "busy").Generate().ToList();
        foreach (var (path, bytes) in corpus)
        {
            folder.WriteBytes(path, bytes);
        }

        var outcome = CliRun.InProcess(folder.Path, "lint", ".");

        outcome.OutputLines[^1].ShouldStartWith("10000 files checked: ");
        var overlaps = outcome.OutputLines.Select(l => Overlap().Match(l)).Where(m => m.Success).ToList();
        overlaps.Count.ShouldBeGreaterThan(1_000);
        overlaps.GroupBy(m => m.Groups["path"].Value).ShouldAllBe(g => g.Count() == 1);
        outcome.OutputLines.Count(l => l.Contains(" TMR4004: ", StringComparison.Ordinal)).ShouldBe(overlaps.Count);

        var documents = corpus.Select(f => WorkItemParser.Parse(f.Path, f.Bytes)).ToList();
        var writers = documents.Where(d => IsActive(d) && d.WorkItem!.Scope.WritablePaths.Any(p => p.Text == HotFile)).ToList();
        writers.Count.ShouldBeGreaterThanOrEqualTo(200, "a file written by 200 active Work Items");
        var checkedWriters = 0;
        foreach (var writer in writers.Where(w => w.WorkItem!.DependsOn.Count == 0).Take(5))
        {
            var expected = OverlappedBy(writer, documents);
            var line = overlaps.Single(m => m.Groups["path"].Value == writer.Path);
            int.Parse(line.Groups["count"].Value, CultureInfo.InvariantCulture).ShouldBe(expected.Count, writer.Path);
            int.Parse(line.Groups["more"].Value, CultureInfo.InvariantCulture).ShouldBe(expected.Count - 3);
            var named = Named().Matches(line.Groups["named"].Value).ToList();
            named.Select(n => n.Groups["id"].Value).ShouldBe(expected.Keys.Order(StringComparer.Ordinal).Take(3), writer.Path);
            named.ShouldAllBe(n => expected[n.Groups["id"].Value].Contains(n.Groups["path"].Value));
            checkedWriters++;
        }

        checkedWriters.ShouldBe(5);
    }

    private static bool IsActive(WorkItemDocument document) =>
        document.WorkItem?.Status is WorkItemStatus.InProgress or WorkItemStatus.Review;

    // Every active Work Item the given one overlaps without a dependency either way, with the
    // paths of its write scope: compared with each Work Item in turn, no index.
    private static Dictionary<string, string[]> OverlappedBy(WorkItemDocument document, IReadOnlyList<WorkItemDocument> all)
    {
        var workItem = document.WorkItem!;
        var byId = all.Where(d => d.Id is not null).GroupBy(d => d.Id!).ToDictionary(g => g.Key, g => g.First());
        var dependencies = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<WorkItemDocument>([document]);
        while (pending.Count > 0)
        {
            foreach (var id in pending.Pop().WorkItem?.DependsOn.Items.Select(d => d.Value) ?? [])
            {
                if (dependencies.Add(id) && byId.TryGetValue(id, out var next))
                {
                    pending.Push(next);
                }
            }
        }

        var writes = workItem.Scope.WritablePaths.Where(p => p.Pattern.IsValid).Select(p => p.Pattern).ToList();
        var reads = (workItem.Scope.ReadOnly?.Entries ?? []).Where(p => p.Pattern.IsValid && !p.Pattern.MayNameFolder && !p.Pattern.IsGlob).Select(p => p.Pattern.Normalized).ToList();
        var named = workItem.AcceptanceCriteria.Items.Select(c => c.Text.Value).Append(workItem.Body.Value).SelectMany(t => FilePath().Matches(t).Select(m => m.Value)).ToList();
        var overlapped = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var other in all.Where(o => !ReferenceEquals(o, document) && IsActive(o) && ReferenceEquals(byId[o.Id!], o)))
        {
            if (dependencies.Contains(other.Id!) || other.WorkItem!.DependsOn.Items.Any(d => d.Value == workItem.Id!.Value))
            {
                continue;
            }

            var theirs = other.WorkItem.Scope.WritablePaths.Where(p => p.Pattern.IsValid).ToList();
            if (theirs.Any(q => writes.Any(q.Pattern.Overlaps) || reads.Any(q.Pattern.Matches) || named.Any(q.Pattern.Matches)))
            {
                overlapped.Add(other.Id!, theirs.Select(q => q.Text).ToArray());
            }
        }

        return overlapped;
    }
}
