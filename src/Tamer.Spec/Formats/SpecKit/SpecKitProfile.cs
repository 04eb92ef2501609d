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

namespace Tamer.Spec.Formats.SpecKit;

/// <summary>
/// GitHub Spec Kit features: a feature folder <c>specs/NNN-name/</c> is one Work Item, kept in its
/// <c>spec.md</c> (id: the folder's name; criteria: the acceptance scenarios, <c>FR-</c> and
/// <c>SC-</c> items; open questions: the <c>[NEEDS CLARIFICATION: …]</c> markers, TMR0014). Its
/// <c>tasks.md</c>, <c>plan.md</c> and the other files belong to it: two <c>[P]</c> tasks of a phase
/// that write the same file are TMR0013.
/// </summary>
internal sealed class SpecKitProfile : FormatProfile
{
    private static readonly Regex IdPattern = new(@"^\d{3,}-[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant);

    public override string Name => "spec-kit";

    public override string Describe => "a Spec Kit feature";

    public override string IdShape => "the feature folder's name: a number of three or more digits, '-' and a name, such as 001-user-auth";

    public override bool IsWellFormedId(string id) => IdPattern.IsMatch(id);

    // The write scope of a Spec Kit feature lives in the paths of tasks.md: a spec.md without a
    // scope section warns rather than refuses.
    public override DiagnosticSeverity? DefaultSeverity(string diagnosticId) =>
        diagnosticId == "TMR1001" ? DiagnosticSeverity.Warning : null;

    public override string? Idiom(string diagnosticId) => diagnosticId switch
    {
        "TMR1001" or "TMR1003" or "TMR1005" or "TMR1007" =>
            "in a Spec Kit feature, add a '## Scope' section to spec.md listing '- write: path', '- read_only: path', '- forbidden: path' and '- extend_scope: false'",
        "TMR2001" => "in a Spec Kit feature, write them as numbered '**Acceptance Scenarios**' of each user story, or as '- **FR-001**:' functional requirements",
        "TMR2006" => "in a Spec Kit feature, a criterion's id is its own ('- **FR-001**:', '- **SC-001**:'), and a numbered acceptance scenario is named by its story (US1.2)",
        "TMR5001" => "in a Spec Kit feature, list them under a '## Non-goals' or '## Out of Scope' section of spec.md",
        "TMR3001" => "a Spec Kit feature has no place for invariants, so narrow the '## Scope' section's write list instead (files rather than folders or globs)",
        "TMR5003" => "a Spec Kit feature has no place for an estimate, so the checks that depend on the change's size (TMR5001, TMR5002) do not run",
        _ => null,
    };

    // Every fix writes frontmatter keys or AC-n numbering, which spec.md has no place for.
    public override bool AcceptsFixes(string diagnosticId) => false;

    internal override WorkItemDocument Read(string path, SourceText source, List<ParseProblem> problems, ParseLimits limits)
    {
        switch (FeatureFolder.FileName(path))
        {
            case "spec.md" when FormatDetector.IsSpecKitFeature(FeatureFolder.Name(path)):
                return ReadSpec(path, source, problems);
            case "tasks.md" when FormatDetector.IsSpecKitFeature(FeatureFolder.Name(path)):
                var tasks = SpecKitTasksReader.Read(source, MarkdownOutline.ReadAfterFrontmatter(source));
                return new WorkItemDocument(path, source, problems, null, this, DocumentRole.Companion, tasks);
            default:
                return new WorkItemDocument(path, source, problems, null, this, DocumentRole.Companion, null);
        }
    }

    private WorkItemDocument ReadSpec(string path, SourceText source, List<ParseProblem> problems)
    {
        var lines = MarkdownOutline.ReadAfterFrontmatter(source);
        var parts = MarkdownWorkItem.Start(source);
        var (status, statusSpan, criteria, declaration, facts) = SpecKitSpecReader.Read(source, lines);
        parts.Id = MarkdownWorkItem.Unwritten(source, FeatureFolder.Name(path), parts.OpeningLineSpan);
        parts.Title = Title(source, lines) ?? parts.Id;
        parts.Status = status;
        parts.StatusSpan = statusSpan;
        parts.AcceptanceCriteria = declaration is { } heading
            ? new DeclaredList<AcceptanceCriterion>(ListOrigin.Body, heading, criteria, null)
            : DeclaredList<AcceptanceCriterion>.Absent;
        parts.NonGoals = MarkdownWorkItem.NonGoals(source, lines, "non-goals", "non goals", "out of scope");
        if (MarkdownScopeSection.Read(source, lines) is { } scope)
        {
            parts.Scope = scope;
        }

        return new WorkItemDocument(path, source, problems, MarkdownWorkItem.Finish(parts), this, DocumentRole.WorkItem, facts);
    }

    // "# Feature Specification: Paint Mixing" → "Paint Mixing".
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
        return title.Value.Length == 0 ? null : title;
    }

    internal override void Check(RuleContext context)
    {
        switch (context.Document.Facts)
        {
            case SpecKitSpec spec when context.Document.WorkItem is { } workItem:
                OpenQuestions(context, spec, workItem.Status);
                break;
            case List<SpecKitTask> tasks:
                ParallelConflicts(context, tasks);
                break;
        }
    }

    private static void OpenQuestions(RuleContext context, SpecKitSpec spec, WorkItemStatus status)
    {
        var state = status == WorkItemStatus.Unknown ? "draft" : WorkItemFormat.ToValue(status);
        foreach (var (question, span) in spec.OpenQuestions)
        {
            var said = question.Length == 0 ? "[NEEDS CLARIFICATION]" : "'" + question + "'";
            if (status == WorkItemStatus.Draft)
            {
                context.Report(FormatDiagnostics.OpenQuestion, DiagnosticSeverity.Info, span, state, said);
            }
            else
            {
                context.Report(FormatDiagnostics.OpenQuestion, span, state, said);
            }
        }
    }

    // Per phase, the first [P] task that names a file; each later [P] task that names it too is reported at the path.
    private static void ParallelConflicts(RuleContext context, List<SpecKitTask> tasks)
    {
        var first = new Dictionary<(int Phase, string Path), string>();
        foreach (var task in tasks.Where(t => t.IsParallel))
        {
            foreach (var (path, span) in task.Paths.GroupBy(p => Normalize(p.Path), StringComparer.Ordinal).Select(g => (g.Key, g.First().Span)))
            {
                if (first.TryGetValue((task.Phase, path), out var earlier))
                {
                    context.Report(FormatDiagnostics.ParallelTasksShareFile, span, earlier, task.Id, path);
                }
                else
                {
                    first.Add((task.Phase, path), task.Id);
                }
            }
        }
    }

    private static string Normalize(string path) => path.StartsWith("./", StringComparison.Ordinal) ? path.Substring(2) : path;
}
