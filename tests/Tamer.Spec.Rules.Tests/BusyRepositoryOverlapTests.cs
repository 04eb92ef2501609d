using System.Globalization;
using System.Text.RegularExpressions;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// The repository a busy team has: 10,000 generated Work Items, a third of them active, three files
/// each written by 240 active Work Items at once. Whatever the crowd on a file, a Work Item gets at
/// most one TMR4004, and the one it gets counts every active Work Item it overlaps and names the
/// first three by id.
/// </summary>
public sealed partial class BusyRepositoryOverlapTests
{
    [GeneratedRegex(@"^overlaps (?<count>\d+) active Work Items? without depending on (them|it): (?<named>[^,]+( \([^)]*\))?(, [^,]+ \([^)]*\))*)(?: and (?<more>\d+) more)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MergedMessage();

    [Fact]
    public void Each_work_item_gets_at_most_one_overlap_warning_that_counts_and_names_the_others()
    {
        var corpus = new CorpusGenerator(seed: 42, count: 10_000, CorpusShape.Busy).Generate();
        var documents = corpus.Select(f => WorkItemParser.Parse(f.Path, f.Bytes)).ToList();
        var result = AxisPacks.Engine().Lint(new WorkItemWorkspace(documents), new Engine.LintOptions { MaxDegreeOfParallelism = Environment.ProcessorCount });

        var warned = 0;
        var largest = 0;
        foreach (var file in result.Files)
        {
            var overlaps = file.Diagnostics.Where(d => d.Id == "TMR4004").ToList();
            overlaps.Count.ShouldBeLessThanOrEqualTo(1, file.Path);
            if (overlaps.Count == 0)
            {
                continue;
            }

            var diagnostic = overlaps[0];
            var related = RelatedWorkItems.Of(diagnostic);
            var message = MergedMessage().Match(diagnostic.Message);
            message.Success.ShouldBeTrue(diagnostic.Message);
            int.Parse(message.Groups["count"].Value, CultureInfo.InvariantCulture).ShouldBe(related.Count, file.Path);
            message.Groups["named"].Value.ShouldBe(string.Join(", ", related.Take(3).Select(r => r.Id + " (" + r.SharedPath + ")")), file.Path);
            related.ShouldNotContain(r => r.Id == file.Id, file.Path);
            warned++;
            largest = Math.Max(largest, related.Count);
        }

        warned.ShouldBeGreaterThan(1_000);
        largest.ShouldBeGreaterThanOrEqualTo(200, "a file written by 240 active Work Items");
    }
}
