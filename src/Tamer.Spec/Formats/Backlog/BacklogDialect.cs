using System.Collections.Generic;
using System.Text.RegularExpressions;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats.Backlog;

/// <summary>
/// Backlog.md's frontmatter in the gate's terms: <c>dependencies</c> is <c>depends_on</c>, its
/// statuses map onto the gate's lifecycle, criteria carry <c>#N</c> ids, and the keys its own
/// tools write (assignee, dates, labels, …) are known and ignored.
/// </summary>
internal static class BacklogDialect
{
    private static readonly Regex NumberPrefix = new(@"^\s*(?<id>#\d+)(?=\s|$)\s*", RegexOptions.CultureInvariant);

    /// <summary>The keys Backlog.md writes that the gate does not read.</summary>
    public static IReadOnlyList<string> ToolKeys { get; } = new[]
    {
        "assignee", "reporter", "created_date", "updated_date", "due_date", "labels", "milestone", "references",
        "documentation", "modified_files", "parent_task_id", "parent", "subtasks", "priority", "type", "ordinal",
        "onStatusChange", "owner", "deadline",
    };

    /// <summary>Backlog.md's default statuses.</summary>
    public static IReadOnlyList<string> DefaultStatuses { get; } = new[] { "To Do", "In Progress", "Done" };

    public static BindingDialect Instance { get; } = new(
        new Dictionary<string, string>(System.StringComparer.Ordinal) { ["dependencies"] = "depends_on" },
        ToolKeys,
        new[] { "To Do", "In Progress", "Done", "or a custom status of backlog/config.yml" },
        ParseStatus,
        SplitCriterion,
        CriterionIdForm.HashNumber);

    /// <summary>
    /// A status onto the gate's lifecycle, without the repository's status list. Backlog.md projects
    /// add their own columns in <c>backlog/config.yml</c>, mostly between To Do and Done, so a status
    /// the map does not name is work in progress (with the list, see <see cref="BacklogConfiguration"/>).
    /// Only an empty status is unknown.
    /// </summary>
    public static WorkItemStatus? ParseStatus(string value) =>
        value.Trim().Length == 0 ? null : KnownStatus(value) ?? WorkItemStatus.InProgress;

    /// <summary>The state of a status whose name says it (To Do, Done, Blocked, In Review, …), or null for a custom one.</summary>
    public static WorkItemStatus? KnownStatus(string value)
    {
        var words = value.Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' ');
        return words switch
        {
            "to do" or "todo" or "ready" or "open" or "planned" or "backlog" => WorkItemStatus.Ready,
            "draft" or "drafts" or "idea" or "proposed" => WorkItemStatus.Draft,
            "done" or "complete" or "completed" or "closed" or "finished" or "resolved" or "archived" or "cancelled" or "canceled" => WorkItemStatus.Done,
            "review" or "in review" or "code review" or "under review" or "qa" or "testing" => WorkItemStatus.Review,
            "blocked" or "on hold" or "waiting" => WorkItemStatus.Blocked,
            "in progress" or "doing" or "wip" or "started" or "active" => WorkItemStatus.InProgress,
            _ => null,
        };
    }

    /// <summary>Splits a <c>#N</c> number off a criterion (<c>- [ ] #2 text</c>, the box already gone).</summary>
    public static (string? Id, TextSpan? IdSpan, SourcedText Text) SplitCriterion(SourcedText text)
    {
        var match = NumberPrefix.Match(text.Value);
        if (!match.Success)
        {
            return (null, null, text.Trim());
        }

        var id = match.Groups["id"];
        var rest = text.Slice(match.Length, text.Value.Length - match.Length).Trim();
        return (id.Value, text.GetSourceSpan(id.Index, id.Length), rest);
    }
}
