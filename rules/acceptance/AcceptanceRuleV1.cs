using System.Linq;
using NuGet.Versioning;
using Tamer.Spec.Rules.Acceptance.Analysis;

namespace Tamer.Spec.Rules.Acceptance;

/// <summary>Acceptance 1.0.0 (the seed's first gate): at least one criterion, and every criterion contains a verb.</summary>
public sealed class AcceptanceRuleV1 : Rule
{
    /// <summary>Creates the rule.</summary>
    public AcceptanceRuleV1()
        : base(new NuGetVersion(1, 0, 0), new[] { AcceptanceDiagnostics.NoCriteria, AcceptanceDiagnostics.MissingOrDuplicateId, AcceptanceDiagnostics.NoVerb })
    {
    }

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        if (!CriteriaChecks.HasCriteria(context))
        {
            return;
        }

        foreach (var criterion in context.WorkItem.AcceptanceCriteria.Items)
        {
            var words = Text.WordTokenizer.Tokenize(criterion.Text.Value);
            if (!words.Any(w => CriterionShape.TryGetVerb(w.Lower, out _)))
            {
                context.Report(AcceptanceDiagnostics.NoVerb, criterion.Text.Span, CriteriaChecks.NameOf(criterion), criterion.Text.Value);
            }
        }

        CriteriaChecks.Ids(context);
    }
}
