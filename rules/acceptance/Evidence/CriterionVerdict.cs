using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>What the model decided about one criterion: the probability that it is vague, its smells with their probabilities, and the other signals that weighed towards "vague", heaviest first.</summary>
internal sealed class CriterionVerdict
{
    /// <summary>A smell at least this likely to make the criterion vague on its own explains a vague verdict.</summary>
    public const double ExplainingSmell = 0.5;

    public CriterionVerdict(CriterionReading reading, double probability, bool isVague, IReadOnlyList<(Signal Signal, double Probability)> smells, IReadOnlyList<(Signal Signal, double Weight)> evidence)
    {
        Reading = reading;
        Probability = probability;
        IsVague = isVague;
        SmellsFound = smells;
        Evidence = evidence;
    }

    public CriterionReading Reading { get; }

    public double Probability { get; }

    public bool IsVague { get; }

    /// <summary>Every smell found, most likely first.</summary>
    public IReadOnlyList<(Signal Signal, double Probability)> SmellsFound { get; }

    /// <summary>The other signals that weighed towards "vague", heaviest first.</summary>
    public IReadOnlyList<(Signal Signal, double Weight)> Evidence { get; }

    /// <summary>The smells likely enough to explain the verdict on their own, at their words.</summary>
    public IEnumerable<Signal> Smells => SmellsFound.Where(s => s.Probability >= ExplainingSmell && s.Signal.HasWords).Select(s => s.Signal);

    /// <summary>The pieces of positive evidence the criterion lacks, as a message names them, heaviest first.</summary>
    public IEnumerable<string> MissingPieces => Evidence.Select(a => MissingPiece.Describe(a.Signal.Name)).Where(d => d is not null).Select(d => d!).Distinct();

    /// <summary>
    /// The words that weighed most towards "vague", as written (at most <paramref name="most"/>):
    /// the smells that count, then other evidence; words of three letters or fewer ("to", "the")
    /// decide nothing a reader could act on and are left out.
    /// </summary>
    public IReadOnlyList<Signal> DecidingWords(int most) =>
        SmellsFound.Where(s => s.Probability >= 0.1).Select(s => s.Signal).Concat(Evidence.Select(a => a.Signal))
            .Where(s => s.Length > 3).GroupBy(s => s.Start).Select(g => g.First()).Take(most).ToList();
}
