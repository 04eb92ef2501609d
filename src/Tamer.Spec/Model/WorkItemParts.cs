using System;
using System.Collections.Generic;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Model;

/// <summary>The pieces a binder collects before a <see cref="WorkItem"/> is made.</summary>
internal sealed class WorkItemParts
{
    public WorkItemParts(SourcedText body)
    {
        Body = body;
    }

    public YamlMapping? Frontmatter { get; set; }

    public TextSpan FrontmatterSpan { get; set; }

    public TextSpan OpeningLineSpan { get; set; }

    public SourcedText Body { get; }

    public SourcedText? Id { get; set; }

    public SourcedText? Title { get; set; }

    public WorkItemStatus Status { get; set; } = WorkItemStatus.Draft;

    public TextSpan? StatusSpan { get; set; }

    public ScopeDeclaration Scope { get; set; } = ScopeDeclaration.Missing;

    public DeclaredList<AcceptanceCriterion> AcceptanceCriteria { get; set; } = DeclaredList<AcceptanceCriterion>.Absent;

    public CriterionIdForm CriterionIds { get; set; } = CriterionIdForm.AcNumber;

    public DeclaredList<InvariantDeclaration> Invariants { get; set; } = DeclaredList<InvariantDeclaration>.Absent;

    public DeclaredList<SourcedText> DependsOn { get; set; } = DeclaredList<SourcedText>.Absent;

    public DeclaredList<SourcedText> NonGoals { get; set; } = DeclaredList<SourcedText>.Absent;

    public DeclaredList<SourcedText> AcceptedFailures { get; set; } = DeclaredList<SourcedText>.Absent;

    public EstimateDeclaration? Estimate { get; set; }

    public IReadOnlyList<SuppressionEntry> Suppressions { get; set; } = Array.Empty<SuppressionEntry>();

    public List<SchemaProblem> SchemaProblems { get; } = new();
}
