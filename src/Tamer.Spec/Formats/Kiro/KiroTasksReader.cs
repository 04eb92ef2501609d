using System.Collections.Generic;
using System.Text.RegularExpressions;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats.Kiro;

/// <summary>
/// Reads the requirement links of a Kiro tasks.md: under each numbered task
/// (<c>- [ ] 2.1 Add the lockout</c>), the numbers of its <c>_Requirements: 1.2, 4.1_</c> line (and
/// of a <c>**Validates: Requirements 1.3**</c> line), each with its own span.
/// </summary>
internal static class KiroTasksReader
{
    private static readonly Regex TaskNumber = new(@"^\[[ xX\-]\]\*?\s*(?<n>\d+(?:\.\d+)*)\.?(?=\s|$)", RegexOptions.CultureInvariant);

    private static readonly Regex LinkLine = new(
        @"^[_*]*\s*(?:validates\s*:\s*)?requirements?\s*[_*]*\s*:?\s*[_*]*\s*(?<list>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Number = new(@"(?<![0-9A-Za-z.\-])\d+(?:\.\d+)*(?![0-9A-Za-z])", RegexOptions.CultureInvariant);

    public static List<KiroTaskLink> Read(SourceText source, IReadOnlyList<MarkdownLine> lines)
    {
        var links = new List<KiroTaskLink>();
        string? task = null;
        foreach (var line in lines)
        {
            if (line.InCode || line.IsHeading)
            {
                continue;
            }

            var content = source.ToString(line.Content);
            if (line.IsListItem && TaskNumber.Match(content) is { Success: true } numbered)
            {
                task = numbered.Groups["n"].Value;
            }

            var link = LinkLine.Match(content);
            if (!link.Success || !StartsWithLinkWord(content))
            {
                continue;
            }

            var list = link.Groups["list"];
            foreach (Match number in Number.Matches(list.Value))
            {
                var start = line.Content.Start + list.Index + number.Index;
                links.Add(new KiroTaskLink(task, number.Value, new TextSpan(start, number.Length)));
            }
        }

        return links;
    }

    // "_Requirements: …_" or "**Validates: Requirements …**": the line is a link line, not prose that mentions requirements.
    private static bool StartsWithLinkWord(string content)
    {
        var trimmed = content.TrimStart('_', '*', ' ');
        return trimmed.StartsWith("Requirements", System.StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("Requirement:", System.StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("Validates:", System.StringComparison.OrdinalIgnoreCase);
    }
}
