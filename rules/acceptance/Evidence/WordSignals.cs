using System;
using System.Collections.Concurrent;
using Tamer.Spec.Rules.Acceptance.Analysis;

namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>
/// Each word of the criterion as a feature of its own (<c>word:allow</c>), lower-cased, with the
/// verb forms of the pack's lexicons folded onto their base (<c>word:returns</c> is
/// <c>word:return</c>). The model keeps a weight only for words seen often enough in its training
/// data; other words weigh nothing. Read against a model, the words' weights are summed as they
/// are read and only the words that weigh towards "vague" stay signals (to explain a verdict);
/// read for training, every word is a signal.
/// </summary>
internal static class WordSignals
{
    // What a word reads as, the same in every criterion: kept once per word, up to a bound.
    private const int MostKept = 50_000;

    private static readonly ConcurrentDictionary<string, WordReading> Readings = new(StringComparer.Ordinal);

    public static void Read(SignalSink sink)
    {
        var shape = sink.Shape;
        for (var i = 0; i < shape.Words.Count; i++)
        {
            var word = shape.Words[i];
            if (word.Length < 2 || char.IsDigit(word[0]))
            {
                continue;
            }

            var reading = ReadingOf(word);
            var feature = i < shape.OutcomeStart ? reading.ConditionFeature : reading.OutcomeFeature;
            var weight = sink.Model?.WeightOf(feature) ?? 1;
            sink.WordScore += sink.Model is null ? 0 : weight;
            if (weight > 0)
            {
                sink.AddWords(feature, SignalKind.Word, i, 1);
            }

            if (i >= shape.OutcomeStart && shape.IsPredicate[i] && !shape.InPurposeClause[i] && reading.VerbSmellFeature is { } verbSmell)
            {
                // The verbs of the result, weighed as smells each: "consider", "integrate" or
                // "configure" leave a tester nothing to observe far more often than "return",
                // "write" or "redirect", which the model learns as a probability near zero.
                sink.AddWords(verbSmell, SignalKind.NoBehaviour, i, 1, "names work or an ability, not a result a tester can observe");
            }
        }
    }

    private static WordReading ReadingOf(string word)
    {
        if (Readings.TryGetValue(word, out var reading))
        {
            return reading;
        }

        var isVerb = CriterionShape.TryGetVerb(word, out var verb) && verb.Base is not null;
        var name = isVerb ? verb.Base! : word;
        var smellsAsVerb = isVerb && name is not ("be" or "have" or "shall" or "must" or "should" or "will" or "can" or "may" or "do");
        reading = new WordReading(
            FeatureNames.Of("word-condition:", name),
            FeatureNames.Of("word:", name),
            smellsAsVerb ? FeatureNames.Of("smell:verb/", name) : null);
        if (Readings.Count < MostKept)
        {
            Readings.TryAdd(word, reading);
        }

        return reading;
    }

    private sealed class WordReading
    {
        public WordReading(string conditionFeature, string outcomeFeature, string? verbSmellFeature)
        {
            ConditionFeature = conditionFeature;
            OutcomeFeature = outcomeFeature;
            VerbSmellFeature = verbSmellFeature;
        }

        public string ConditionFeature { get; }

        public string OutcomeFeature { get; }

        /// <summary>The feature of the word as a verb of the result, for a verb other than an auxiliary; null otherwise.</summary>
        public string? VerbSmellFeature { get; }
    }
}
