using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NuGet.Versioning;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Model;
using Tamer.Spec.Rules.Acceptance.Evidence;

namespace Tamer.Spec.Rules.Acceptance;

/// <summary>
/// Acceptance 4.0.0: a criterion counts as falsifiable only when it shows positive evidence a third
/// party can check — an observable result, the trigger or input it follows from, the thing it
/// applies to — weighed by the pack's model against the smells (see <see cref="CriterionReading"/>
/// and <see cref="VaguenessModel"/>). A vague criterion is reported at the smells that decided it
/// (TMR2003, TMR2004, TMR2005, TMR2007) or, when no smell did, for the evidence it lacks (TMR2009).
/// Criteria in a language other than English are not judged, and the Work Item is told so once
/// (TMR2010). When no judged criterion counts, the Work Item is refused (TMR2002).
/// </summary>
public sealed class AcceptanceRuleV4 : Rule
{
    private const int MostFindingsPerKind = 3;

    private const int MostDecidingWords = 3;

    /// <summary>Creates the rule.</summary>
    public AcceptanceRuleV4()
        : base(
            new NuGetVersion(4, 0, 0),
            new[]
            {
                AcceptanceDiagnostics.NoCriteria, AcceptanceDiagnostics.NoFalsifiableCriterion, AcceptanceDiagnostics.NoObservableBehaviour,
                AcceptanceDiagnostics.NoConcreteObject, AcceptanceDiagnostics.SubjectiveTerm, AcceptanceDiagnostics.MissingOrDuplicateId,
                AcceptanceDiagnostics.LoopholeOrOpenEnd, AcceptanceDiagnostics.NoPositiveEvidence, AcceptanceDiagnostics.LanguageNotJudged,
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
        var model = VaguenessModel.Shipped;
        var judged = 0;
        var falsifiable = 0;
        var unjudged = new List<(AcceptanceCriterion Criterion, string Language)>();
        foreach (var criterion in criteria.Items)
        {
            var reading = CriterionReading.Read(criterion.Text.Value, model);
            if (CriterionLanguage.OtherThanEnglish(reading.Shape) is { } language)
            {
                unjudged.Add((criterion, language));
                continue;
            }

            judged++;
            var verdict = model.Judge(reading);
            if (!verdict.IsVague)
            {
                falsifiable++;
                continue;
            }

            // A finding the team turned off (severity none) or this Work Item suppresses with a reason
            // does not count against the criterion.
            var findings = CriterionExplanation.Explain(verdict, CriteriaChecks.NameOf(criterion), MostFindingsPerKind, MostDecidingWords);
            if (!findings.Any(f => Counts(context, f.Descriptor)))
            {
                falsifiable++;
            }

            foreach (var finding in findings)
            {
                context.Report(finding.Descriptor, criterion.Text.GetSourceSpan(finding.Start, finding.Length), finding.Arguments);
            }
        }

        if (judged > 0 && falsifiable == 0)
        {
            var message = criteria.Count == 1
                ? "the only acceptance criterion is not falsifiable; name an observable result of something concrete"
                : "none of the " + criteria.Count + " acceptance criteria is falsifiable; name an observable result of something concrete in at least one";
            context.Report(AcceptanceDiagnostics.NoFalsifiableCriterion, criteria.DeclarationSpan, message);
        }

        if (unjudged.Count > 0)
        {
            ReportUnjudged(context, unjudged);
        }

        CriteriaChecks.Ids(context);
    }

    private static void ReportUnjudged(RuleContext context, List<(AcceptanceCriterion Criterion, string Language)> unjudged)
    {
        var languages = unjudged.Select(u => u.Language).Distinct().ToList();
        var names = string.Join(", ", unjudged.Select(u => CriteriaChecks.NameOf(u.Criterion)));
        var message = string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} ({2}) {3} written in {4}; acceptance 4.0.0 judges English only and did not judge {5}: have a reader check that each names an observable result, or write {5} in English",
            unjudged.Count,
            unjudged.Count == 1 ? "criterion" : "criteria",
            names,
            unjudged.Count == 1 ? "is" : "are",
            string.Join(" and ", languages),
            unjudged.Count == 1 ? "it" : "them");
        context.Report(AcceptanceDiagnostics.LanguageNotJudged, unjudged[0].Criterion.Text.GetSourceSpan(0, unjudged[0].Criterion.Text.Value.Length), message);
    }

    private static bool Counts(RuleContext context, DiagnosticDescriptor descriptor) =>
        context.IsEnabled(descriptor) && !context.IsSuppressed(descriptor);
}
