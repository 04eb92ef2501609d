using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Format;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;
using Tamer.Spec.Text;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Formats.Kiro;

/// <summary>
/// Kiro specs: a feature folder <c>.kiro/specs/&lt;feature&gt;/</c> is one Work Item, kept in its
/// <c>requirements.md</c> (id: the folder's name; criteria: the numbered EARS criteria, <c>4.2</c>
/// being criterion 2 of requirement 4). Its <c>tasks.md</c> and <c>design.md</c> belong to it: the
/// tasks' <c>_Requirements:_</c> links must name requirements that exist (TMR0012).
/// </summary>
internal sealed class KiroProfile : FormatProfile
{
    private const string RequirementsKey = "formats.kiro.requirements";

    private static readonly Regex IdPattern = new(@"^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant);

    public override string Name => "kiro";

    public override string Describe => "a Kiro spec";

    public override string IdShape => "the feature folder's name: letters, digits, '.', '_' and '-', such as user-authentication";

    public override bool IsWellFormedId(string id) => IdPattern.IsMatch(id);

    // Kiro has no place for a scope: a missing one warns rather than refuses.
    public override DiagnosticSeverity? DefaultSeverity(string diagnosticId) =>
        diagnosticId == "TMR1001" ? DiagnosticSeverity.Warning : null;

    public override string? Idiom(string diagnosticId) => diagnosticId switch
    {
        "TMR1001" or "TMR1003" or "TMR1005" or "TMR1007" =>
            "in a Kiro spec, add a '## Scope' section to requirements.md listing '- write: path', '- read_only: path', '- forbidden: path' and '- extend_scope: false'",
        "TMR2001" => "in a Kiro spec, number them under '#### Acceptance Criteria' of each '### Requirement N'",
        "TMR5001" => "in a Kiro spec, list them under a '## Non-goals' or '## Out of Scope' section of requirements.md",
        "TMR3001" => "a Kiro spec has no place for invariants, so narrow the '## Scope' section's write list instead (files rather than folders or globs)",
        "TMR5003" => "a Kiro spec has no place for an estimate, so the checks that depend on the change's size (TMR5001, TMR5002) do not run",
        _ => null,
    };

    // Every fix writes frontmatter keys or AC-n numbering, which a Kiro spec has no place for.
    public override bool AcceptsFixes(string diagnosticId) => false;

    internal override WorkItemDocument Read(string path, SourceText source, List<ParseProblem> problems, ParseLimits limits)
    {
        switch (FeatureFolder.FileName(path))
        {
            case "requirements.md":
                return ReadRequirements(path, source, problems);
            case "tasks.md":
                var links = KiroTasksReader.Read(source, MarkdownOutline.ReadAfterFrontmatter(source));
                return new WorkItemDocument(path, source, problems, null, this, DocumentRole.Companion, links);
            default:
                return new WorkItemDocument(path, source, problems, null, this, DocumentRole.Companion, null);
        }
    }

    private WorkItemDocument ReadRequirements(string path, SourceText source, List<ParseProblem> problems)
    {
        var lines = MarkdownOutline.ReadAfterFrontmatter(source);
        var parts = MarkdownWorkItem.Start(source);
        var (criteria, numbers, declaration) = KiroRequirementsReader.Read(source, lines);
        parts.Id = MarkdownWorkItem.Unwritten(source, FeatureFolder.Name(path), parts.OpeningLineSpan);
        parts.Title = Title(source, lines) ?? parts.Id;
        parts.AcceptanceCriteria = declaration is { } heading
            ? new DeclaredList<AcceptanceCriterion>(ListOrigin.Body, heading, criteria, null)
            : DeclaredList<AcceptanceCriterion>.Absent;
        parts.NonGoals = MarkdownWorkItem.NonGoals(source, lines, "non-goals", "non goals", "out of scope");
        if (MarkdownScopeSection.Read(source, lines) is { } scope)
        {
            parts.Scope = scope;
        }

        return new WorkItemDocument(path, source, problems, MarkdownWorkItem.Finish(parts), this, DocumentRole.WorkItem, numbers);
    }

    // The first heading's text without a "Requirements Document:" prefix, when it says more than that.
    private static SourcedText? Title(SourceText source, IReadOnlyList<MarkdownLine> lines)
    {
        var first = lines.FirstOrDefault(l => l.HeadingLevel == 1);
        if (first is null)
        {
            return null;
        }

        var text = SourcedText.FromSpan(source, first.Content);
        var colon = text.Value.IndexOf(':');
        var title = colon >= 0 ? text.Slice(colon + 1, text.Value.Length - colon - 1).Trim() : text;
        return title.Value.Length == 0 || string.Equals(title.Value, "Requirements Document", StringComparison.OrdinalIgnoreCase) ? null : title;
    }

    internal override void Check(RuleContext context)
    {
        if (context.Document.Facts is not List<KiroTaskLink> { Count: > 0 } links)
        {
            return;
        }

        var folder = FeatureFolder.Of(context.Document.Path);
        if (!context.Workspace.GetOrAddAnalysis(RequirementsKey, RequirementsByFolder).TryGetValue(folder, out var requirements) || requirements.Requirements.Count == 0)
        {
            // Without the feature's requirements (not linted with the tasks, or numbered in a way the
            // profile does not read) nothing can be said about the links.
            return;
        }

        var known = requirements.Requirements.Count == 1
            ? "requirements.md has only requirement " + requirements.Requirements[0]
            : "requirements.md does not have (its requirements are " + string.Join(", ", requirements.Requirements) + ")";
        foreach (var link in links)
        {
            if (!requirements.Numbers.Contains(link.Number))
            {
                var task = link.Task is null ? "a task" : "task " + link.Task;
                context.Report(FormatDiagnostics.UnknownRequirementLink, link.Span, task, link.Number, known);
            }
        }
    }

    private static Dictionary<string, KiroRequirements> RequirementsByFolder(WorkItemWorkspace workspace)
    {
        var byFolder = new Dictionary<string, KiroRequirements>(StringComparer.Ordinal);
        foreach (var document in workspace.Documents)
        {
            if (document.Facts is KiroRequirements requirements)
            {
                byFolder[FeatureFolder.Of(document.Path)] = requirements;
            }
        }

        return byFolder;
    }
}
