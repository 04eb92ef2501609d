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

    public static void Run(RuleContext context)
    {
        var workItem = context.WorkItem;
        if (workItem.NonGoals.Count == 0 || workItem.AcceptanceCriteria.Count == 0)
        {
            return;
        }

        foreach (var nonGoal in workItem.NonGoals.Items)
        {
            var phrase = ContentWords(nonGoal.Value).Select(w => Stem(w.Lower)).ToList();
            if (phrase.Count == 0)
            {
                continue;
            }

            foreach (var criterion in workItem.AcceptanceCriteria.Items)
            {
                if (FindUnnegated(criterion.Text.Value, phrase) is { } match)
                {
                    var name = criterion.Id ?? "#" + (criterion.Index + 1);
                    context.Report(NonGoalsDiagnostics.ContradictedNonGoal, criterion.Text.GetSourceSpan(match.Start, match.Length), nonGoal.Value, name);
                    break;
                }
            }
        }
    }

    private static (int Start, int Length)? FindUnnegated(string text, IReadOnlyList<string> phrase)
    {
        var all = WordTokenizer.Tokenize(text);
        var content = all.Select((w, i) => (Word: w, Index: i)).Where(x => !FunctionWords.Contains(x.Word.Lower)).ToList();
        for (var i = 0; i + phrase.Count <= content.Count; i++)
        {
            var matches = true;
            for (var j = 0; j < phrase.Count && matches; j++)
            {
                matches = Stem(content[i + j].Word.Lower) == phrase[j];
            }

            if (!matches)
            {
                continue;
            }

            var first = content[i].Index;
            var after = content[i + phrase.Count - 1].Index + 1;
            var negated = Enumerable.Range(Math.Max(0, first - 3), first - Math.Max(0, first - 3)).Any(k => Negations.Contains(all[k].Lower))
                || (after < all.Count && all[after].Lower is "free" or "less");
            if (!negated)
            {
                var last = content[i + phrase.Count - 1].Word;
                return (content[i].Word.Start, last.End - content[i].Word.Start);
            }
        }

        return null;
    }

    private static IEnumerable<Word> ContentWords(string text) => WordTokenizer.Tokenize(text).Where(w => !FunctionWords.Contains(w.Lower));

    private static string Stem(string word) =>
        word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) ? word.Substring(0, word.Length - 1) : word;
}
