using System.Collections.Generic;
using System.Text.RegularExpressions;
using Tamer.Spec.Model;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats.Kiro;

/// <summary>
/// Reads a Kiro requirements.md: <c>### Requirement N</c> headings (or <c>### N. Title</c>), each
/// with a user story and, under <c>#### Acceptance Criteria</c>, numbered EARS criteria
/// (<c>1. WHEN … THEN the system SHALL …</c>). Criterion <c>2</c> of requirement <c>4</c> is <c>4.2</c>.
/// </summary>
internal static class KiroRequirementsReader
{
    private static readonly Regex RequirementHeading = new(
        @"^(?:\**\s*)(?:requirement|req\.?)\s+(?<n>\d+(?:\.\d+)*)\b|^(?<n>\d+(?:\.\d+)*)[.:)]?\s",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static (List<AcceptanceCriterion> Criteria, KiroRequirements Numbers, TextSpan? Declaration) Read(SourceText source, IReadOnlyList<MarkdownLine> lines)
    {
        var criteria = new List<AcceptanceCriterion>();
        var numbers = new HashSet<string>(System.StringComparer.Ordinal);
        var requirements = new List<string>();
        TextSpan? declaration = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsHeading || lines[i].HeadingLevel < 2)
            {
                continue;
            }

            var match = RequirementHeading.Match(source.ToString(lines[i].Content).TrimStart('*', ' '));
            if (!match.Success)
            {
                continue;
            }

            var requirement = match.Groups["n"].Value;
            numbers.Add(requirement);
            requirements.Add(requirement);
            declaration ??= lines[i].Span;
            var end = MarkdownItems.SectionEnd(lines, i);
            ReadCriteria(source, lines, i + 1, end, requirement, criteria, numbers);
            i = end - 1;
        }

        return (criteria, new KiroRequirements(numbers, requirements), declaration);
    }

    // The criteria of one requirement: the top-level items under its "Acceptance Criteria" heading,
    // or, without one, its numbered items.
    private static void ReadCriteria(SourceText source, IReadOnlyList<MarkdownLine> lines, int start, int end, string requirement, List<AcceptanceCriterion> criteria, HashSet<string> numbers)
    {
        var from = start;
        var to = end;
        for (var i = start; i < end; i++)
        {
            if (lines[i].IsHeading && MarkdownOutline.HeadingName(source, lines[i]) == "acceptance criteria")
            {
                from = i + 1;
                to = MarkdownItems.SectionEnd(lines, i);
                break;
            }
        }

        var indent = int.MaxValue;
        for (var i = from; i < to; i++)
        {
            if (lines[i].IsListItem && lines[i].Indent < indent)
            {
                indent = lines[i].Indent;
            }
        }

        var position = 0;
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            if (!line.IsListItem || line.Indent != indent)
            {
                continue;
            }

            position++;
            var (written, writtenSpan) = MarkdownItems.ListNumber(source, line);
            var id = requirement + "." + (written ?? position.ToString(System.Globalization.CultureInfo.InvariantCulture));
            numbers.Add(id);
            var text = MarkdownItems.ItemText(source, lines, i).Trim();
            criteria.Add(new AcceptanceCriterion(criteria.Count, id, writtenSpan, text, verify: null, text.Span, ListOrigin.Body, node: null));
        }
    }
}
