using System.Collections.Generic;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Model;

/// <summary>
/// The typed view of one Work Item. Every value keeps its span so that a rule can point at it.
/// Values of the wrong type are left out of the typed view and listed in <see cref="SchemaProblems"/>.
/// </summary>
public sealed class WorkItem
{
    internal WorkItem(WorkItemParts parts)
    {
        Frontmatter = parts.Frontmatter;
        FrontmatterSpan = parts.FrontmatterSpan;
        OpeningLineSpan = parts.OpeningLineSpan;
        Body = parts.Body;
        Id = parts.Id;
        Title = parts.Title;
        Status = parts.Status;
        StatusSpan = parts.StatusSpan;
        Scope = parts.Scope;
        AcceptanceCriteria = parts.AcceptanceCriteria;
        CriterionIds = parts.CriterionIds;
        Invariants = parts.Invariants;
        DependsOn = parts.DependsOn;
        NonGoals = parts.NonGoals;
        AcceptedFailures = parts.AcceptedFailures;
        Estimate = parts.Estimate;
        Suppressions = parts.Suppressions;
        SchemaProblems = parts.SchemaProblems;
    }

    private WorkItem(WorkItem read, ScopeDeclaration scope, WorkItemStatus status)
    {
        Frontmatter = read.Frontmatter;
        FrontmatterSpan = read.FrontmatterSpan;
        OpeningLineSpan = read.OpeningLineSpan;
        Body = read.Body;
        Id = read.Id;
        Title = read.Title;
        Status = status;
        StatusSpan = read.StatusSpan;
        Scope = scope;
        AcceptanceCriteria = read.AcceptanceCriteria;
        CriterionIds = read.CriterionIds;
        Invariants = read.Invariants;
        DependsOn = read.DependsOn;
        NonGoals = read.NonGoals;
        AcceptedFailures = read.AcceptedFailures;
        Estimate = read.Estimate;
        Suppressions = read.Suppressions;
        SchemaProblems = read.SchemaProblems;
    }

    /// <summary>The frontmatter's root mapping (empty when the block is empty).</summary>
    public YamlMapping? Frontmatter { get; }

    /// <summary>The whole frontmatter block, delimiter lines included.</summary>
    public TextSpan FrontmatterSpan { get; }

    /// <summary>The opening <c>---</c> line (where diagnostics about missing keys point).</summary>
    public TextSpan OpeningLineSpan { get; }

    /// <summary>The Markdown body after the frontmatter.</summary>
    public SourcedText Body { get; }

    /// <summary>The <c>id</c>, or null when missing or empty.</summary>
    public SourcedText? Id { get; }

    /// <summary>The <c>title</c>, or null when missing or empty.</summary>
    public SourcedText? Title { get; }

    /// <summary>The status (<see cref="WorkItemStatus.Draft"/> when absent).</summary>
    public WorkItemStatus Status { get; }

    /// <summary>The <c>status</c> value's span, or null when absent.</summary>
    public TextSpan? StatusSpan { get; }

    /// <summary>The scope.</summary>
    public ScopeDeclaration Scope { get; }

    /// <summary>The acceptance criteria (frontmatter or body).</summary>
    public DeclaredList<AcceptanceCriterion> AcceptanceCriteria { get; }

    /// <summary>How the file's format writes a criterion's id (<c>AC-3</c> natively, <c>#3</c> in a Backlog.md task).</summary>
    public CriterionIdForm CriterionIds { get; }

    /// <summary>The invariants.</summary>
    public DeclaredList<InvariantDeclaration> Invariants { get; }

    /// <summary>The ids in <c>depends_on</c>.</summary>
    public DeclaredList<SourcedText> DependsOn { get; }

    /// <summary>The non-goals (frontmatter or body).</summary>
    public DeclaredList<SourcedText> NonGoals { get; }

    /// <summary>The accepted failures.</summary>
    public DeclaredList<SourcedText> AcceptedFailures { get; }

    /// <summary>The estimate, or null when absent.</summary>
    public EstimateDeclaration? Estimate { get; }

    /// <summary>The <c>suppress</c> entries.</summary>
    public IReadOnlyList<SuppressionEntry> Suppressions { get; }

    /// <summary>Keys and values that do not fit the format.</summary>
    public IReadOnlyList<SchemaProblem> SchemaProblems { get; }

    /// <summary>
    /// The same Work Item with what its format keeps outside its own file: the scope a feature
    /// folder's tasks or design name, the status a repository's own status list gives.
    /// </summary>
    internal WorkItem With(ScopeDeclaration scope, WorkItemStatus status) =>
        ReferenceEquals(scope, Scope) && status == Status ? this : new WorkItem(this, scope, status);
}
