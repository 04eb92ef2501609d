using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Tamer.Spec.Testing;

/// <summary>
/// Reads the expected diagnostics marked in a fixture. A marker sits in a YAML comment
/// (<c># TMR0005@3</c>) or an HTML comment (<c>&lt;!-- TMR2003@5 --&gt;</c>): <c>ID@column</c> means
/// on the marker's own line, <c>ID@line:column</c> names the line too (for lines that cannot hold a
/// comment). Several markers may share a comment.
/// </summary>
public static partial class FixtureMarkers
{
    [GeneratedRegex(@"(?:#|<!--)(?<body>[^\r\n]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\b(?<id>[A-Z]{2,}\d{4})@(?<a>\d+)(?::(?<b>\d+))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"near-miss:(?<ids>(?:\s+[A-Z]{2,}\d{4})+)", RegexOptions.CultureInvariant)]
    private static partial Regex NearMiss();

    /// <summary>The IDs a fixture declares itself a near miss for (<c># near-miss: TMR0005 TMR0007</c>): they must not fire on it.</summary>
    public static IReadOnlyList<string> ReadNearMisses(string text) =>
        NearMiss().Matches(text).SelectMany(m => m.Groups["ids"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();

    public static IReadOnlyList<ExpectedDiagnostic> Read(string text)
    {
        var expected = new List<ExpectedDiagnostic>();
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match comment in Comment().Matches(lines[i]))
            {
                foreach (Match marker in Marker().Matches(comment.Groups["body"].Value))
                {
                    var a = int.Parse(marker.Groups["a"].Value, CultureInfo.InvariantCulture);
                    var expectedDiagnostic = marker.Groups["b"].Success
                        ? new ExpectedDiagnostic(marker.Groups["id"].Value, a, int.Parse(marker.Groups["b"].Value, CultureInfo.InvariantCulture))
                        : new ExpectedDiagnostic(marker.Groups["id"].Value, i + 1, a);
                    expected.Add(expectedDiagnostic);
                }
            }
        }

        return expected.OrderBy(e => e).ToList();
    }
}
