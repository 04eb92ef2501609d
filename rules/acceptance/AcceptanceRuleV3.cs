using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Model;
using Tamer.Spec.Rules.Acceptance.Analysis;

namespace Tamer.Spec.Rules.Acceptance;

/// <summary>
/// Acceptance 3.0.0: every criterion is read on its own (see <see cref="CriterionAnalyzer"/>);
/// each smell is reported at the words that show it (TMR2003, TMR2004, TMR2005, TMR2007). A
/// criterion counts as falsifiable when none of them fires on it; when no criterion of the Work
/// Item counts, the Work Item is refused (TMR2002). "tests pass" alone no longer counts.
/// </summary>
public sealed class AcceptanceRuleV3 : Rule
{
    private const int MostFindingsPerKind = 3;

    private static readonly Dictionary<FindingKind, DiagnosticDescriptor> Descriptors = new()
    {
        [FindingKind.NoObservableBehaviour] = AcceptanceDiagnostics.NoObservableBehaviour,
        [FindingKind.NoConcreteObject] = AcceptanceDiagnostics.NoConcreteObject,
        [FindingKind.Subjective] = AcceptanceDiagnostics.SubjectiveTerm,
        [FindingKind.OpenEnd] = AcceptanceDiagnostics.LoopholeOrOpenEnd,
    };


    /// <summary>Creates the rule.</summary>
    public AcceptanceRuleV3()
        : base(
            new NuGetVersion(3, 0, 0),
            new[]
            {
                AcceptanceDiagnostics.NoCriteria, AcceptanceDiagnostics.NoFalsifiableCriterion, AcceptanceDiagnostics.NoObservableBehaviour,
                AcceptanceDiagnostics.NoConcreteObject, AcceptanceDiagnostics.SubjectiveTerm, AcceptanceDiagnostics.MissingOrDuplicateId,
                AcceptanceDiagnostics.LoopholeOrOpenEnd,
            })
    {
    }

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        if (!CriteriaChecks.HasCriteria(context))
        {
            return;
        }

        var criteria = context.WorkItem.AcceptanceCriteria;
        var falsifiable = 0;
        foreach (var criterion in criteria.Items)
        {
            // A smell the team turned off (severity none) or this Work Item suppresses with a reason
            // does not count against the criterion.
            var findings = CriterionAnalyzer.Analyze(criterion.Text.Value);
            if (!findings.Any(f => Counts(context, Descriptors[f.Kind])))
            {
                falsifiable++;
            }

            foreach (var group in findings.GroupBy(f => f.Kind))
            {
                foreach (var finding in group.Take(MostFindingsPerKind))
                {
                    Report(context, criterion, finding);
                }
            }
        }

        if (falsifiable == 0)
        {
            var message = criteria.Count == 1
                ? "the only acceptance criterion is not falsifiable; name an observable result of something concrete"
                : "none of the " + criteria.Count + " acceptance criteria is falsifiable; name an observable result of something concrete in at least one";
            context.Report(AcceptanceDiagnostics.NoFalsifiableCriterion, criteria.DeclarationSpan, message);
        }

        CriteriaChecks.Ids(context);
    }

    private static bool Counts(RuleContext context, DiagnosticDescriptor descriptor) =>
        context.IsEnabled(descriptor) && !context.IsSuppressed(descriptor);

    private static void Report(RuleContext context, AcceptanceCriterion criterion, CriterionFinding finding)
    {
        var descriptor = Descriptors[finding.Kind];
        var span = criterion.Text.GetSourceSpan(finding.Start, finding.Length);
        context.Report(descriptor, span, CriteriaChecks.NameOf(criterion), finding.Term, finding.Reason);
    }
}
