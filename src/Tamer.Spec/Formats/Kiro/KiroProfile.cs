using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;
using Tamer.Spec.Text;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Formats.Kiro;

/// <summary>
/// Kiro specs: a feature folder <c>.kiro/specs/&lt;feature&gt;/</c> is one Work Item, kept in its
/// <c>requirements.md</c> (id: the folder's name; criteria: the numbered EARS criteria, <c>4.2</c>
/// being criterion 2 of requirement 4). Its <c>tasks.md</c> and <c>design.md</c> belong to it: the
/// tasks' <c>_Requirements:_</c> links must name requirements that exist (TMR0012), and the design's
/// file list is the Work Item's write scope.
/// </summary>
internal sealed class KiroProfile : FeatureFolderProfile
{
    private const string RequirementsKey = "formats.kiro.requirements";

    private static readonly Regex IdPattern = new(@"^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant);

    private static readonly string[] TemplateTitles = ["Requirements Document"];

    public override string Name => "kiro";

    public override string Describe => "a Kiro spec";

    public override string IdShape => "the feature folder's name: letters, digits, '.', '_' and '-', such as user-authentication";

    protected override string WorkItemFileName => "requirements.md";

    protected override string ScopeFilesName => "design.md's file list";

    public override bool IsWellFormedId(string id) => IdPattern.IsMatch(id);

    protected override string? CriteriaIdiom(string diagnosticId) =>
        diagnosticId == "TMR2001" ? "in a Kiro spec, number them under '#### Acceptance Criteria' of each '### Requirement N'" : null;

    internal override WorkItemDocument Read(string path, SourceText source, List<ParseProblem> problems, ParseLimits limits)
    {
        switch (FeatureFolder.FileName(path))
        {
            case "requirements.md":
                return ReadRequirements(path, source, problems);
            case "tasks.md":
                return Companion(path, source, problems, KiroTasksReader.Read(source, MarkdownOutline.ReadAfterFrontmatter(source)));
            case "design.md":
                return Companion(path, source, problems, new KiroDesign(KiroDesignReader.Read(source, MarkdownOutline.ReadAfterFrontmatter(source))));
            default:
                return Companion(path, source, problems, null);
        }
    }

    // Kiro has no status: its Work Item stays a draft.
    private WorkItemDocument ReadRequirements(string path, SourceText source, List<ParseProblem> problems)
    {
        var lines = MarkdownOutline.ReadAfterFrontmatter(source);
        var parts = Start(path, source, lines, TemplateTitles);
        var (criteria, numbers, declaration) = KiroRequirementsReader.Read(source, lines);
        parts.AcceptanceCriteria = Criteria(criteria, declaration);
        return new WorkItemDocument(path, source, problems, MarkdownWorkItem.Finish(parts), this, DocumentRole.WorkItem, numbers);
    }

    // The design's file list is the feature's write scope.
    internal override IReadOnlyList<(string Path, TextSpan Span)> ScopePaths(WorkItemDocument companion) =>
        companion.Facts is KiroDesign design ? design.Files : base.ScopePaths(companion);

    /// <inheritdoc />
    public override IEnumerable<ProfileFinding> Check(RuleContext context)
    {
        if (context.Document.Facts is not List<KiroTaskLink> { Count: > 0 } links)
        {
            yield break;
        }

        var folder = FeatureFolder.Of(context.Document.Path);
        if (!context.Workspace.GetOrAddAnalysis(RequirementsKey, RequirementsByFolder).TryGetValue(folder, out var requirements) || requirements.Requirements.Count == 0)
        {
            // Without the feature's requirements (not linted with the tasks, or numbered in a way the
            // profile does not read) nothing can be said about the links.
            yield break;
        }

        var known = requirements.Requirements.Count == 1
            ? "requirements.md has only requirement " + requirements.Requirements[0]
            : "requirements.md does not have (its requirements are " + string.Join(", ", requirements.Requirements) + ")";
        foreach (var link in links)
        {
            if (!requirements.Numbers.Contains(link.Number))
            {
                var task = link.Task is null ? "a task" : "task " + link.Task;
                yield return new ProfileFinding(ProfileFindingKind.UnknownRequirementLink, link.Span, new object[] { task, link.Number, known });
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
