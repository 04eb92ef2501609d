using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Testing;

/// <summary>
/// The facts about packs that documents repeat (ID ranges, versions), derived from the packs
/// themselves, so that adding a diagnostic to a pack changes them without anyone retyping them.
/// </summary>
public static class PackFacts
{
    /// <summary>The start of the generated table in <c>rules/README.md</c>.</summary>
    public const string TableStart = "<!-- The table is generated from the packs: run the tests with TAMER_UPDATE_DOCS=1 to refresh it. -->";

    /// <summary>The end of the generated table.</summary>
    public const string TableEnd = "<!-- End of the generated table. -->";

    /// <summary>
    /// The IDs every version of <paramref name="pack"/> declares, as runs of consecutive numbers:
    /// <c>TMR1001–TMR1010</c>, <c>TMR1101–TMR1103</c> (a run of one is the ID alone).
    /// </summary>
    public static IReadOnlyList<string> IdRanges(RulePack pack)
    {
        var ids = pack.Versions.SelectMany(v => v.SupportedDiagnostics).Select(d => d.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ranges = new List<string>();
        for (var i = 0; i < ids.Count;)
        {
            var j = i;
            while (j + 1 < ids.Count && Follows(ids[j], ids[j + 1]))
            {
                j++;
            }

            ranges.Add(i == j ? ids[i] : ids[i] + "–" + ids[j]);
            i = j + 1;
        }

        return ranges;
    }

    /// <summary>The table of <c>rules/README.md</c>: one row per pack, its folder, versions and ID ranges.</summary>
    public static string RulesTable(IEnumerable<RulePack> packs)
    {
        var text = new StringBuilder();
        text.Append(TableStart).Append('\n');
        text.Append("| axis | folder | versions (default: newest) | diagnostics |\n| --- | --- | --- | --- |\n");
        foreach (var pack in packs)
        {
            var versions = string.Join(", ", pack.Versions.Select(v => v.Version).OrderBy(v => v).Select(v => v.ToNormalizedString()));
            text.Append("| ").Append(pack.Axis).Append(" | [`").Append(pack.Axis).Append("/`](").Append(pack.Axis).Append("/) | ")
                .Append(versions).Append(" | ").Append(string.Join(", ", IdRanges(pack))).Append(" |\n");
        }

        text.Append(TableEnd).Append('\n');
        return text.ToString();
    }

    // TMR1004 follows TMR1003: same letters, the number one more.
    private static bool Follows(string id, string next) =>
        id.Length == next.Length && id.Substring(0, 3) == next.Substring(0, 3)
        && int.TryParse(id.Substring(3), NumberStyles.None, CultureInfo.InvariantCulture, out var a)
        && int.TryParse(next.Substring(3), NumberStyles.None, CultureInfo.InvariantCulture, out var b)
        && b == a + 1;
}
