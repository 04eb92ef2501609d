using System.Globalization;
using System.Text.RegularExpressions;
using Tamer.Spec.Parsing;
using Tamer.Spec.Spelling;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// TMR4001 names the known id nearest to an unknown one: the same id in another letter case first,
/// otherwise the smallest edit distance, the ordinal order breaking ties, never the Work Item's own
/// id. Checked against a comparison with every known id, for typos of every kind in a workspace of
/// ids that share long prefixes.
/// </summary>
public sealed partial class NearestKnownIdTests
{
    private static readonly string[] Areas = ["AUTH", "BILL", "API", "CORE", "UI", "DATA", "GATE"];

    [GeneratedRegex(@"depends_on names '(?<unknown>[^']*)', which no Work Item in the workspace has(?: \((?:did you mean|the closest known id is) '(?<nearest>[^']*)'\??\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownMessage();

    private static string Item(string id, string status, IEnumerable<string> dependsOn) =>
        "---\nid: " + id + "\ntitle: t\nstatus: " + status + "\nscope:\n  write: [src/a.ts]\n  read_only: []\n  forbidden: []\n  extend_scope: false\n"
        + "acceptance_criteria:\n  - \"AC-1: GET /a returns 200\"\ndepends_on: [" + string.Join(", ", dependsOn.Select(d => "\"" + d + "\"")) + "]\n---\n";

    [Fact]
    public void The_suggested_id_is_the_nearest_known_one()
    {
        var random = new Random(11);
        var known = Enumerable.Range(0, 1_200).Select(i => "WI-" + Areas[random.Next(Areas.Length)] + "-" + random.Next(10_000).ToString("D4", CultureInfo.InvariantCulture)).Distinct().ToList();
        var knownSet = known.ToHashSet(StringComparer.Ordinal);
        var texts = known.Select(id => Item(id, "done", [])).ToList();
        var askers = new List<(string Id, List<string> Unknown)>();
        for (var i = 0; i < 150; i++)
        {
            var id = "WI-ASK-" + i.ToString("D4", CultureInfo.InvariantCulture);
            var typos = Enumerable.Range(0, 3).Select(_ => Typo(known[random.Next(known.Count)], random));
            // A typo of the asker's own id: the nearest id, yet never the one suggested.
            var unknown = (i % 10 == 0 ? typos.Append(id.Replace("-0", "-9", StringComparison.Ordinal)) : typos)
                .Where(u => !knownSet.Contains(u) && u != id).Distinct().ToList();
            askers.Add((id, unknown));
            texts.Add(Item(id, "draft", unknown));
        }

        var documents = texts.Select((t, i) => WorkItemParser.Parse("wi" + i.ToString(CultureInfo.InvariantCulture) + ".md", t)).ToList();
        var result = AxisPacks.Engine().Lint(new WorkItemWorkspace(documents), new Engine.LintOptions { MaxDegreeOfParallelism = Environment.ProcessorCount });
        var allIds = known.Concat(askers.Select(a => a.Id)).Distinct().ToList();
        var checkedCount = 0;
        foreach (var asker in askers)
        {
            var messages = result.Files.Single(f => f.Id == asker.Id).Diagnostics.Where(d => d.Id == "TMR4001").Select(d => UnknownMessage().Match(d.Message)).ToList();
            messages.Select(m => m.Groups["unknown"].Value).ShouldBe(asker.Unknown, ignoreOrder: true);
            foreach (var message in messages)
            {
                message.Groups["nearest"].Value.ShouldBe(BruteForceNearest(message.Groups["unknown"].Value, asker.Id, allIds), message.Value);
                checkedCount++;
            }
        }

        checkedCount.ShouldBeGreaterThan(300);
    }

    private static string BruteForceNearest(string unknown, string own, IReadOnlyList<string> ids)
    {
        var sameLetters = ids.Where(i => string.Equals(i, unknown, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (sameLetters is not null && sameLetters != own)
        {
            return sameLetters;
        }

        return ids.Where(i => i != own).OrderBy(i => EditDistance.Between(unknown, i)).ThenBy(i => i, StringComparer.Ordinal).First();
    }

    // One or two edits of every kind, now and then a change of letter case or an unrelated id.
    private static string Typo(string id, Random random)
    {
        var chars = id.ToList();
        var edits = random.Next(1, 3);
        for (var e = 0; e < edits && chars.Count > 1; e++)
        {
            var at = random.Next(chars.Count - 1);
            switch (random.Next(7))
            {
                case 0:
                    chars[at] = (char)('0' + random.Next(10));
                    break;
                case 1:
                    chars.RemoveAt(at);
                    break;
                case 2:
                    chars.Insert(at, (char)('A' + random.Next(26)));
                    break;
                case 3:
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    break;
                case 4:
                    return id.ToLowerInvariant();
                case 5:
                    return "TASK-" + random.Next(100).ToString(CultureInfo.InvariantCulture);
                default:
                    chars[at] = (char)('A' + random.Next(26));
                    break;
            }
        }

        return new string(chars.ToArray());
    }
}
