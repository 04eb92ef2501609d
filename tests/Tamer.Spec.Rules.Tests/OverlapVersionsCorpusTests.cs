using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// Dependencies 2.0.0 and 2.1.0 on the same busy corpus (2,000 Work Items, a third active, three
/// files written by 60 active Work Items each): 2.1.0 finds everything 2.0.0 finds, and only the
/// TMR4004s differ, each Work Item's per-overlap TMR4004s merged into one that accounts for every
/// one of them. 2.0.0 itself reports what it reported before 2.1.0 existed (a digest of its
/// diagnostics on this corpus, taken from the build before the change).
/// </summary>
public sealed partial class OverlapVersionsCorpusTests
{
    // SHA-256 of the canonical lines (see Canonical) of every dependencies diagnostic of 2.0.0 on
    // the corpus below, from the tool as it was before dependencies 2.1.0: 12,382 diagnostics
    // (12,283 TMR4004, 65 TMR4001, 34 TMR4002).
    private const string Version200Digest = "fc4d8247c2e16333255e369fab63f75c1771d20d33a728818d691ef8c07d5322";

    private static readonly Lazy<(LintResult Old, LintResult New)> Results = new(() =>
    {
        var corpus = new CorpusGenerator(seed: 42, count: 2_000, CorpusShape.Busy with { HotWriters = 60 }).Generate().ToList();
        var documents = corpus.Select(f => WorkItemParser.Parse(f.Path, f.Bytes)).ToList();
        var pinned = ConfigurationParser.Parse(".tamer.yml", "rules:\n  dependencies: \"[2.0.0]\"\n").Configuration;
        LintResult Lint(TamerConfiguration configuration) => AxisPacks.Engine().Lint(new WorkItemWorkspace(documents), new LintOptions { Configuration = configuration, MaxDegreeOfParallelism = Environment.ProcessorCount });
        return (Lint(pinned), Lint(TamerConfiguration.Default));
    });

    [GeneratedRegex(@"^(?<id>\S+) \((?<status>[a-z_]+)\) writes '(?<path>.*)', which this Work Item (also writes|reads|names), but \k<id> is not in depends_on$", RegexOptions.CultureInvariant)]
    private static partial Regex PairMessage();

    [GeneratedRegex(@"^overlaps (?<count>\d+) active Work Items? without depending on (them|it): (?<named>.*?)(?: and (?<more>\d+) more)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MergedMessage();

    [Fact]
    public void Version_2_0_0_reports_what_it_reported_before_2_1_0()
    {
        var (old, _) = Results.Value;
        var lines = old.Files.SelectMany(f => f.Diagnostics.Where(d => d.Rule.Axis == "dependencies").Select(Canonical));

        old.Rules.Single(r => r.Reference.Axis == "dependencies").Reference.Version.ToNormalizedString().ShouldBe("2.0.0");
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n"))))).ToLowerInvariant().ShouldBe(Version200Digest);
    }

    [Fact]
    public void Every_diagnostic_but_TMR4004_is_the_same_in_both_versions()
    {
        var (old, @new) = Results.Value;

        @new.Files.Select(f => f.Path).ShouldBe(old.Files.Select(f => f.Path));
        var before = old.Files.SelectMany(f => f.Diagnostics).Where(d => d.Id != "TMR4004").Select(Comparable).ToList();
        var after = @new.Files.SelectMany(f => f.Diagnostics).Where(d => d.Id != "TMR4004").Select(Comparable).ToList();
        before.Count.ShouldBeGreaterThan(1_000);
        after.ShouldBe(before);
    }

    [Fact]
    public void Each_work_item_s_per_overlap_diagnostics_are_merged_into_one_that_accounts_for_all_of_them()
    {
        var (old, @new) = Results.Value;
        var merged = 0;
        var largest = 0;
        foreach (var (before, after) in old.Files.Zip(@new.Files))
        {
            var pairs = before.Diagnostics.Where(d => d.Id == "TMR4004").ToList();
            var one = after.Diagnostics.Where(d => d.Id == "TMR4004").ToList();
            if (pairs.Count == 0)
            {
                one.ShouldBeEmpty(after.Path);
                continue;
            }

            var diagnostic = one.ShouldHaveSingleItem(after.Path);
            diagnostic.Location.ShouldBe(pairs.MinBy(d => d.Location!.Span.Start)!.Location, after.Path);
            var expected = pairs.Select(d => PairMessage().Match(d.Message)).Select(m => new RelatedWorkItem(m.Groups["id"].Value, m.Groups["status"].Value, m.Groups["path"].Value)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            RelatedWorkItems.Of(diagnostic).ShouldBe(expected, after.Path);

            var message = MergedMessage().Match(diagnostic.Message);
            message.Success.ShouldBeTrue(diagnostic.Message);
            int.Parse(message.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(pairs.Count);
            message.Groups["named"].Value.ShouldBe(string.Join(", ", expected.Take(3).Select(r => r.Id + " (" + r.SharedPath + ")")));
            (message.Groups["more"].Success ? int.Parse(message.Groups["more"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0).ShouldBe(Math.Max(0, pairs.Count - 3));
            pairs.Select(d => d.Properties["dependency"]).ShouldContain(diagnostic.Properties["dependency"]);
            diagnostic.Severity.ShouldBe(pairs[0].Severity);
            merged++;
            largest = Math.Max(largest, pairs.Count);
        }

        merged.ShouldBeGreaterThan(300);
        largest.ShouldBeGreaterThanOrEqualTo(59, "a hot file's writers overlap each other");
    }

    // Everything a user sees of a diagnostic, with the dependencies rule's version left out (the
    // only difference expected outside TMR4004).
    private static string Comparable(Diagnostic diagnostic) =>
        Canonical(diagnostic) + " [" + (diagnostic.Rule.Axis == "dependencies" ? "dependencies" : diagnostic.Rule.ToString()) + "]";

    private static string Canonical(Diagnostic diagnostic)
    {
        var location = diagnostic.Location!;
        return string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "{0}({1},{2},{3},{4}): {5} {6}: {7} | {8} | {9}",
            location.Path,
            location.Start.Line,
            location.Start.Column,
            location.End.Line,
            location.End.Column,
            diagnostic.Severity.ToName(),
            diagnostic.Id,
            diagnostic.Message,
            diagnostic.Fix.ToName(),
            diagnostic.Fixes.Count > 0 ? diagnostic.Fixes[0].Title : string.Empty);
    }
}
