using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Tamer.Spec.Model;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats.SpecKit;

/// <summary>
/// Reads a Spec Kit spec.md: the <c>**Status**:</c> line, each user story's numbered acceptance
/// scenarios (<c>1. **Given** …, **When** …, **Then** …</c>, criterion <c>US1.1</c>), the functional
/// requirements (<c>- **FR-001**: System MUST …</c>, or a table row <c>| FR-1 | … |</c>) and the
/// success criteria (<c>- **SC-001**: …</c>), the items of a section named "Acceptance Criteria" or
/// "Success Criteria" that carry no such id (criteria without an id), and every
/// <c>[NEEDS CLARIFICATION: …]</c> marker outside code.
/// </summary>
internal static class SpecKitSpecReader
{
    private static readonly Regex StatusLine = new(@"^\**\s*Status\s*\**\s*:\s*\**\s*(?<value>[^*]+?)\s*\**\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex UserStory = new(@"user\s+story\s+(?<n>\d+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex ScenariosLabel = new(@"^\**\s*acceptance\s+scenarios?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex RequirementId = new(@"^\**\s*(?<id>(?:FR|SC|NFR)-\d+[A-Za-z]?)\s*\**\s*[:.\-–]?\s*\**\s*", RegexOptions.CultureInvariant);

    private static readonly Regex CriteriaHeading = new(@"^(?:\d+(?:\.\d+)*\.?\s+)?(?:acceptance|success)\s+criteria$", RegexOptions.CultureInvariant);

    private static readonly Regex TableRow = new(@"^\|\s*(?<id>\**\s*(?:FR|SC|NFR)-\d+[A-Za-z]?\s*\**)\s*\|\s*(?<text>[^|]*?)\s*(?:\||$)", RegexOptions.CultureInvariant);

    private static readonly Regex Clarification = new(@"\[NEEDS CLARIFICATION:?\s*(?<q>[^\]]*)\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static (WorkItemStatus Status, TextSpan? StatusSpan, List<AcceptanceCriterion> Criteria, TextSpan? Declaration, SpecKitSpec Facts) Read(SourceText source, IReadOnlyList<MarkdownLine> lines)
    {
        var status = WorkItemStatus.Draft;
        TextSpan? statusSpan = null;
        var criteria = new List<AcceptanceCriterion>();
        TextSpan? declaration = null;
        var questions = new List<(string, TextSpan)>();
        string? story = null;
        var inScenarios = false;
        var criteriaLevel = 0;
        var criteriaIndent = -1;
        foreach (var line in lines)
        {
            if (line.InCode)
            {
                continue;
            }

            var content = source.ToString(line.Content);
            foreach (Match marker in Clarification.Matches(content))
            {
                questions.Add((marker.Groups["q"].Value.Trim(), new TextSpan(line.Content.Start + marker.Index, marker.Length)));
            }

            if (line.IsHeading)
            {
                var storyMatch = UserStory.Match(content);
                story = storyMatch.Success ? storyMatch.Groups["n"].Value : line.HeadingLevel <= 2 ? null : story;
                inScenarios = false;
                if (CriteriaHeading.IsMatch(MarkdownOutline.HeadingName(source, line)))
                {
                    criteriaLevel = line.HeadingLevel;
                    criteriaIndent = -1;
                }
                else if (line.HeadingLevel <= criteriaLevel)
                {
                    criteriaLevel = 0;
                }

                continue;
            }

            if (statusSpan is null && !line.IsListItem && StatusLine.Match(content) is { Success: true } statusMatch)
            {
                var value = statusMatch.Groups["value"];
                statusSpan = new TextSpan(line.Content.Start + value.Index, value.Length);
                status = ParseStatus(value.Value);
                continue;
            }

            if (!line.IsListItem && TableRow.Match(content) is { Success: true } row)
            {
                var rowId = row.Groups["id"].Value.Trim('*', ' ', '\t');
                var idStart = line.Content.Start + row.Groups["id"].Index + row.Groups["id"].Value.IndexOf(rowId, System.StringComparison.Ordinal);
                var cell = row.Groups["text"];
                declaration ??= line.Span;
                var cellText = SourcedText.FromSpan(source, new TextSpan(line.Content.Start + cell.Index, cell.Length));
                criteria.Add(new AcceptanceCriterion(criteria.Count, rowId, new TextSpan(idStart, rowId.Length), cellText, verify: null, line.Content, ListOrigin.Body, node: null));
                continue;
            }

            if (!line.IsListItem)
            {
                if (ScenariosLabel.IsMatch(content))
                {
                    inScenarios = true;
                    declaration ??= line.Span;
                }

                continue;
            }

            var text = MarkdownItems.ItemText(source, lines, IndexOf(lines, line)).Trim();
            if (RequirementId.Match(text.Value) is { Success: true } requirement)
            {
                var id = requirement.Groups["id"];
                declaration ??= line.Span;
                var rest = text.Slice(requirement.Length, text.Value.Length - requirement.Length).Trim();
                criteria.Add(new AcceptanceCriterion(criteria.Count, id.Value, text.GetSourceSpan(id.Index, id.Length), rest, verify: null, text.Span, ListOrigin.Body, node: null));
            }
            else if (inScenarios && line.Indent < 4)
            {
                var number = criteria.Count + 1;
                var (written, _) = MarkdownItems.ListNumber(source, line);
                var id = "US" + (story ?? "0") + "." + (written ?? number.ToString(CultureInfo.InvariantCulture));
                criteria.Add(new AcceptanceCriterion(criteria.Count, id, null, text, verify: null, text.Span, ListOrigin.Body, node: null));
            }
            else if (criteriaLevel > 0 && (criteriaIndent < 0 || line.Indent == criteriaIndent))
            {
                // An item of an "Acceptance Criteria" or "Success Criteria" section without an id.
                criteriaIndent = line.Indent;
                declaration ??= line.Span;
                criteria.Add(new AcceptanceCriterion(criteria.Count, null, null, text, verify: null, text.Span, ListOrigin.Body, node: null));
            }
        }

        return (status, statusSpan, criteria, declaration, new SpecKitSpec(questions));
    }

    /// <summary>Spec Kit's status words onto the lifecycle; a word it does not know is a draft.</summary>
    public static WorkItemStatus ParseStatus(string value) =>
        value.Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' ') switch
        {
            "ready" or "approved" or "accepted" or "final" or "planned" => WorkItemStatus.Ready,
            "in progress" or "implementing" or "in development" or "active" => WorkItemStatus.InProgress,
            "review" or "in review" => WorkItemStatus.Review,
            "done" or "complete" or "completed" or "implemented" or "shipped" => WorkItemStatus.Done,
            "blocked" or "on hold" => WorkItemStatus.Blocked,
            _ => WorkItemStatus.Draft,
        };

    private static int IndexOf(IReadOnlyList<MarkdownLine> lines, MarkdownLine line) => line.Number - lines[0].Number;
}
