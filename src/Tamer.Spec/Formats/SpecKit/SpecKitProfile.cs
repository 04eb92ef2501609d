using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats.SpecKit;

/// <summary>
/// GitHub Spec Kit features: a feature folder <c>specs/NNN-name/</c> is one Work Item, kept in its
/// <c>spec.md</c> (id: the folder's name; criteria: the acceptance scenarios, <c>FR-</c> and
/// <c>SC-</c> items; open questions: the <c>[NEEDS CLARIFICATION: …]</c> markers, TMR0014). Its
/// <c>tasks.md</c>, <c>plan.md</c> and the other files belong to it: the paths its tasks name are
/// the Work Item's write scope, and two <c>[P]</c> tasks of a phase that write the same file are TMR0013.
/// </summary>
internal sealed class SpecKitProfile : FeatureFolderProfile
{
    private static readonly Regex IdPattern = new(@"^\d{3,}-[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant);

    public override string Name => "spec-kit";

    public override string Describe => "a Spec Kit feature";

    public override string IdShape => "the feature folder's name: a number of three or more digits, '-' and a name, such as 001-user-auth";

    protected override string WorkItemFileName => "spec.md";

    protected override string ScopeFilesName => "tasks.md's tasks";

    public override bool IsWellFormedId(string id) => IdPattern.IsMatch(id);

    protected override string? CriteriaIdiom(string diagnosticId) => diagnosticId switch
    {
        "TMR2001" => "in a Spec Kit feature, write them as numbered '**Acceptance Scenarios**' of each user story, or as '- **FR-001**:' functional requirements",
        "TMR2006" => "in a Spec Kit feature, a criterion's id is its own ('- **FR-001**:', '- **SC-001**:'), and a numbered acceptance scenario is named by its story (US1.2)",
        _ => null,
    };

    internal override WorkItemDocument Read(string path, SourceText source, List<ParseProblem> problems, ParseLimits limits)
    {
        switch (FeatureFolder.FileName(path))
        {
            case "spec.md" when FormatDetector.IsSpecKitFeature(FeatureFolder.Name(path)):
                return ReadSpec(path, source, problems);
            case "tasks.md" when FormatDetector.IsSpecKitFeature(FeatureFolder.Name(path)):
                return Companion(path, source, problems, SpecKitTasksReader.Read(source, MarkdownOutline.ReadAfterFrontmatter(source)));
            default:
                return Companion(path, source, problems, null);
        }
    }

    private WorkItemDocument ReadSpec(string path, SourceText source, List<ParseProblem> problems)
    {
        var lines = MarkdownOutline.ReadAfterFrontmatter(source);
        var parts = Start(path, source, lines, Array.Empty<string>());
        var (status, statusSpan, criteria, declaration, facts) = SpecKitSpecReader.Read(source, lines);
        parts.Status = status;
        parts.StatusSpan = statusSpan;
        parts.AcceptanceCriteria = Criteria(criteria, declaration);
        return new WorkItemDocument(path, source, problems, MarkdownWorkItem.Finish(parts), this, DocumentRole.WorkItem, facts);
    }

    // The paths the tasks write are the feature's write scope.
    internal override IReadOnlyList<(string Path, TextSpan Span)> ScopePaths(WorkItemDocument companion) =>
        companion.Facts is List<SpecKitTask> tasks ? tasks.SelectMany(t => t.Paths).ToList() : base.ScopePaths(companion);

    /// <inheritdoc />
    public override IEnumerable<ProfileFinding> Check(RuleContext context) => context.Document.Facts switch
    {
        SpecKitSpec spec when context.Document.WorkItem is { } workItem => OpenQuestions(spec, workItem.Status),
        List<SpecKitTask> tasks => ParallelConflicts(tasks),
        _ => Array.Empty<ProfileFinding>(),
    };

    private static IEnumerable<ProfileFinding> OpenQuestions(SpecKitSpec spec, WorkItemStatus status)
    {
        var state = status == WorkItemStatus.Unknown ? "draft" : WorkItemFormat.ToValue(status);
        foreach (var (question, span) in spec.OpenQuestions)
        {
            var said = question.Length == 0 ? "[NEEDS CLARIFICATION]" : "'" + question + "'";
            yield return new ProfileFinding(ProfileFindingKind.OpenQuestion, span, new object[] { state, said }, isAdvisory: status == WorkItemStatus.Draft);
        }
    }

    // Per phase, the first [P] task that names a file; each later [P] task that names it too is reported at the path.
    private static IEnumerable<ProfileFinding> ParallelConflicts(List<SpecKitTask> tasks)
    {
        var first = new Dictionary<(int Phase, string Path), string>();
        foreach (var task in tasks.Where(t => t.IsParallel))
        {
            foreach (var (path, span) in task.Paths.GroupBy(p => Normalize(p.Path), StringComparer.Ordinal).Select(g => (g.Key, g.First().Span)))
            {
                if (first.TryGetValue((task.Phase, path), out var earlier))
                {
                    yield return new ProfileFinding(ProfileFindingKind.ParallelTasksShareFile, span, new object[] { earlier, task.Id, path });
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
