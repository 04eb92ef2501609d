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

            var name = CriterionShape.TryGetVerb(word, out var verb) ? verb.Base : word;
            var feature = FeatureNames.Of(i < shape.OutcomeStart ? "word-condition:" : "word:", name);
            var weight = sink.Model?.WeightOf(feature) ?? 1;
            sink.WordScore += sink.Model is null ? 0 : weight;
            if (weight > 0)
            {
                sink.AddWords(feature, SignalKind.Word, i, 1);
            }

            if (i >= shape.OutcomeStart && shape.IsPredicate[i] && !shape.InPurposeClause[i] && verb.Base is not null && name is not ("be" or "have" or "shall" or "must" or "should" or "will" or "can" or "may" or "do"))
            {
                // The verbs of the result, weighed as smells each: "consider", "integrate" or
                // "configure" leave a tester nothing to observe far more often than "return",
                // "write" or "redirect", which the model learns as a probability near zero.
                sink.AddWords(FeatureNames.Of("smell:verb/", name), SignalKind.NoBehaviour, i, 1, "names work or an ability, not a result a tester can observe");
            }
        }
    }
}
