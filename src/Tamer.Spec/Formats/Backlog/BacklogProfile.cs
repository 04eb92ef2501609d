using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats.Backlog;

/// <summary>
/// Backlog.md tasks: a frontmatter with <c>id: task-7</c>, Backlog.md's statuses and
/// <c>dependencies</c>, and a body whose <c>## Acceptance Criteria</c> holds <c>- [ ] #N</c>
/// checkboxes between <c>&lt;!-- AC:BEGIN --&gt;</c> and <c>&lt;!-- AC:END --&gt;</c>. The file name
/// carries the id too, and must agree. Documents, decisions and milestones kept beside the tasks
/// are no Work Items.
/// </summary>
internal sealed class BacklogProfile : FormatProfile
{
    private static readonly Regex IdPattern = new(@"^[A-Za-z][A-Za-z0-9_]*-\d+(?:\.\d+)*$", RegexOptions.CultureInvariant);

    public override string Name => "backlog-md";

    public override string Describe => "a Backlog.md task";

    public override string IdShape => "a task prefix, '-' and a number, with '.N' for a sub-task, such as task-7 or task-7.1";

    public override bool IsWellFormedId(string id) => IdPattern.IsMatch(id);

    // Backlog.md upper-cases ids when it compares them: a dependency on task-5 names TASK-5.
    public override bool IdsIgnoreCase => true;

    // Backlog.md has no place for a scope: missing scope warns rather than refuses.
    public override DiagnosticSeverity? DefaultSeverity(string diagnosticId) =>
        diagnosticId == "TMR1001" ? DiagnosticSeverity.Warning : null;

    public override string? Idiom(string diagnosticId) => diagnosticId switch
    {
        "TMR1001" or "TMR1003" or "TMR1005" or "TMR1007" =>
            "in a Backlog.md task, write the scope as a 'scope:' mapping in the frontmatter, or, since Backlog.md's own tools keep the body but not unknown frontmatter keys, as a '## Scope' section listing '- write: path', '- read_only: path', '- forbidden: path' and '- extend_scope: false'",
        "TMR0005" => "Backlog.md's own tools drop a frontmatter key they do not know when they rewrite the task",
        "TMR2001" => "in a Backlog.md task, list them as '- [ ] #1 …' under '## Acceptance Criteria'",
        "TMR4001" or "TMR4002" or "TMR4003" => "in a Backlog.md task, depends_on is the 'dependencies' list",
        "TMR3001" => "in a Backlog.md task, write them as an 'invariants:' list in the frontmatter (Backlog.md's own tools drop a key they do not know when they rewrite the task)",
        "TMR5001" => "in a Backlog.md task, list them under a '## Non-goals' section",
        "TMR5003" => "in a Backlog.md task, write 'estimate: { diff_lines: N, files: N }' in the frontmatter (Backlog.md's own tools drop a key they do not know when they rewrite the task)",
        _ => null,
    };

    // Fixes that rename a key or an id, or drop a repeated dependency, write in the frontmatter
    // Backlog.md reads, and numbering criteria writes '#n' (the task's criterion ids are in
    // Backlog.md's form); the others would add native keys its tools drop.
    public override bool AcceptsFixes(string diagnosticId) => diagnosticId is "TMR0005" or "TMR0007" or "TMR2006" or "TMR4001" or "TMR4005";

    internal override bool KeepsLayout(string text, IReadOnlyList<TextEdit> edits) => BacklogMarkers.AreKeptBy(text, edits);

    internal override WorkItemDocument Read(string path, SourceText source, List<ParseProblem> problems, ParseLimits limits)
    {
        if (!BacklogPaths.IsTask(path))
        {
            return new WorkItemDocument(path, source, problems, null, this, DocumentRole.Companion, null);
        }

        return FrontmatterDocumentReader.Read(
            path,
            source,
            problems,
            limits,
            this,
            (block, frontmatter) => WorkItemBinder.Bind(source, block, frontmatter, BacklogDialect.Instance, parts => AddBodyScope(source, block, parts)));
    }

    // A '## Scope' section stands for the scope when the frontmatter has none.
    private static void AddBodyScope(SourceText source, FrontmatterBlock block, Model.WorkItemParts parts)
    {
        if (parts.Scope.Shape != Model.ScopeShape.Missing || block.Body.IsEmpty)
        {
            return;
        }

        var lines = MarkdownOutline.Read(source, source.GetPosition(block.Body.Start).Line);
        if (MarkdownScopeSection.Read(source, lines) is { } scope)
        {
            parts.Scope = scope;
        }
    }

    /// <inheritdoc />
    public override IEnumerable<ProfileFinding> Check(RuleContext context)
    {
        if (context.Document.WorkItem?.Id is not { } id || BacklogPaths.IdOfFileName(BacklogPaths.FileName(context.Document.Path)) is not { } named)
        {
            yield break;
        }

        if (!string.Equals(named, id.Value, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ProfileFinding(ProfileFindingKind.FileNameDisagrees, id.Span, new object[] { id.Value, named });
        }
    }
}
