using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Text;

namespace Tamer.Spec.Rules.NonGoals;

/// <summary>
/// TMR5004: a non-goal whose words appear, in order, in an acceptance criterion. Only content
/// words count (articles and prepositions are skipped), a final plural 's' is ignored, and a
/// negated mention ("no metrics are emitted", "without caching", "metric-free") is not a
/// contradiction.
/// </summary>
internal static class ContradictionCheck
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from", "into", "and", "or", "any", "all",
        "is", "are", "be", "been", "it", "its", "this", "that", "these", "those", "as", "per", "via", "new", "other",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "no", "not", "without", "never", "nor", "none", "neither", "excluding", "except", "n't", "dont", "doesn't", "don't", "won't", "isn't", "aren't",
    };

    private static readonly char[] ClauseBreaks = { ',', ';', ':', '.', '(', ')' };

    public static void Run(RuleContext context)
    {
        var workItem = context.WorkItem;
        if (workItem.NonGoals.Count == 0 || workItem.AcceptanceCriteria.Count == 0)
        {
            return;
        }

        // Each criterion is split into words once, whatever the number of non-goals.
        var criteria = workItem.AcceptanceCriteria.Items.Select(c => (Criterion: c, Words: new CriterionWords(c.Text.Value))).ToList();
        foreach (var nonGoal in workItem.NonGoals.Items)
        {
            var phrase = ContentWords(nonGoal.Value).Select(w => Stem(w.Lower)).ToList();
            if (phrase.Count == 0)
            {
                continue;
            }

            foreach (var (criterion, words) in criteria)
            {
                if (words.FindUnnegated(phrase) is { } match)
                {
                    var name = criterion.Id ?? "#" + (criterion.Index + 1);
                    context.Report(NonGoalsDiagnostics.ContradictedNonGoal, criterion.Text.GetSourceSpan(match.Start, match.Length), nonGoal.Value, name);
                    break;
                }
            }
        }
    }

    private static IEnumerable<Word> ContentWords(string text) => WordTokenizer.Tokenize(text).Where(w => !FunctionWords.Contains(w.Lower));

    private static string Stem(string word) =>
        word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) ? word.Substring(0, word.Length - 1) : word;

    /// <summary>A criterion's words, and which of them are content words, with their stems.</summary>
    private sealed class CriterionWords
    {
        private readonly string _text;
        private readonly IReadOnlyList<Word> _all;
        private readonly List<int> _content = new();
        private readonly List<string> _stems = new();

        public CriterionWords(string text)
        {
            _text = text;
            _all = WordTokenizer.Tokenize(text);
            for (var i = 0; i < _all.Count; i++)
            {
                if (!FunctionWords.Contains(_all[i].Lower))
                {
                    _content.Add(i);
                    _stems.Add(Stem(_all[i].Lower));
                }
            }
        }

        public (int Start, int Length)? FindUnnegated(IReadOnlyList<string> phrase)
        {
            for (var i = 0; i + phrase.Count <= _content.Count; i++)
            {
                var matches = true;
                for (var j = 0; j < phrase.Count && matches; j++)
                {
                    matches = string.Equals(_stems[i + j], phrase[j], StringComparison.Ordinal);
                }

                if (matches && !IsNegated(_content[i], _content[i + phrase.Count - 1] + 1))
                {
                    var first = _all[_content[i]];
                    var last = _all[_content[i + phrase.Count - 1]];
                    return (first.Start, last.End - first.Start);
                }
            }

            return null;
        }

        // A negation among the three words before the match in the same clause ("no PII, metrics are
        // emitted" negates PII, not metrics), or "-free"/"-less" right after it.
        private bool IsNegated(int first, int after)
        {
            for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
            {
                if (_text.IndexOfAny(ClauseBreaks, _all[k].End, _all[k + 1].Start - _all[k].End) >= 0)
                {
                    break;
                }

                if (Negations.Contains(_all[k].Lower))
                {
                    return true;
                }
            }

            return after < _all.Count && _all[after].Lower is "free" or "less";
        }
    }
}
