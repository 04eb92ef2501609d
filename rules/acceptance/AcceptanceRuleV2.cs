using System.Linq;
using NuGet.Versioning;
using Tamer.Spec.Rules.Acceptance.Analysis;
using Tamer.Spec.Text;

namespace Tamer.Spec.Rules.Acceptance;

/// <summary>
/// Acceptance 2.0.0 (the seed's second gate): at least one criterion of the Work Item contains an
/// observable predicate of the seed's lexicon (returns, emits, writes, logs, responds with, fails
/// with, commits, tests pass, =, →), matched on whole words.
/// </summary>
public sealed class AcceptanceRuleV2 : Rule
{
    /// <summary>Creates the rule.</summary>
    public AcceptanceRuleV2()
        : base(new NuGetVersion(2, 0, 0), new[] { AcceptanceDiagnostics.NoCriteria, AcceptanceDiagnostics.NoFalsifiableCriterion, AcceptanceDiagnostics.MissingOrDuplicateId })
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
        if (!criteria.Items.Any(c => HasSeedPredicate(c.Text.Value)))
        {
            context.Report(
                AcceptanceDiagnostics.NoFalsifiableCriterion,
                criteria.DeclarationSpan,
                "no criterion names an observable predicate (returns, emits, writes, logs, responds with, fails with, commits, tests pass, =, →)");
        }

        CriteriaChecks.Ids(context);
    }

    /// <summary>True when <paramref name="text"/> contains one of the seed's predicates.</summary>
    public static bool HasSeedPredicate(string text)
    {
        var predicates = Lexicons.Instance.SeedPredicates;
        if (predicates.Symbols.Any(s => text.IndexOf(s, System.StringComparison.Ordinal) >= 0))
        {
            return true;
        }

        var words = WordTokenizer.Tokenize(text).Select(w => w.Lower).ToList();
        return predicates.Find(words, words.Select(_ => false).ToList()).Any();
    }
}
