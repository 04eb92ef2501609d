using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tamer.Spec.Rules.Acceptance.Analysis;

namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>
/// Tells whether a criterion is written in English, the only language acceptance 4.0.0 can judge.
/// A criterion mostly in another script (Han, kana, Hangul, Cyrillic, Greek, Arabic, Hebrew,
/// Devanagari, Thai) is not; in Latin script, a criterion whose function words are more often
/// those of another language (<c>lexicons/language-*.txt</c>) than English ones is not. Code,
/// paths and identifiers do not count, so English keywords around another language's sentence
/// ("WHEN der Nutzer … THEN das System SHALL …") do not make it English.
/// </summary>
internal static class CriterionLanguage
{
    private static readonly Lazy<(PhraseList English, (string Name, PhraseList Words)[] Others)> Lists = new(() => (
        OneWordList("language-en.txt"),
        new[]
        {
            ("German", OneWordList("language-de.txt")), ("French", OneWordList("language-fr.txt")), ("Spanish", OneWordList("language-es.txt")),
            ("Portuguese", OneWordList("language-pt.txt")), ("Italian", OneWordList("language-it.txt")), ("Dutch", OneWordList("language-nl.txt")),
        }));

    // A word is counted by the entries it starts, which is the entry itself only when every entry is one word.
    private static PhraseList OneWordList(string fileName)
    {
        var list = PhraseList.Load(fileName);
        if (list.Entries.Any(e => e.IndexOf(' ') >= 0))
        {
            throw new System.IO.InvalidDataException("The lexicon " + fileName + " must hold single words.");
        }

        return list;
    }

    /// <summary>The name of the language the criterion is written in when it is not English; null when it is English (or too short to tell otherwise).</summary>
    public static string? OtherThanEnglish(CriterionShape shape) => ByScript(shape) ?? ByFunctionWords(shape);

    private static string? ByScript(CriterionShape shape)
    {
        if (IsAscii(shape.Text))
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var latin = 0;
        var other = 0;
        foreach (var token in shape.Tokens)
        {
            if (token.Kind is TokenKind.Code or TokenKind.Path or TokenKind.Identifier)
            {
                continue;
            }

            for (var i = token.Start; i < token.End; i++)
            {
                var c = shape.Text[i];
                if (!char.IsLetter(c))
                {
                    continue;
                }

                var script = Script(c);
                if (script is null)
                {
                    latin++;
                }
                else
                {
                    other++;
                    counts[script] = counts.TryGetValue(script, out var n) ? n + 1 : 1;
                }
            }
        }

        if (other == 0 || other < 0.3 * (latin + other))
        {
            return null;
        }

        if (counts.ContainsKey("Japanese"))
        {
            return "Japanese";
        }

        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
    }

    private static string? ByFunctionWords(CriterionShape shape)
    {
        var (english, others) = Lists.Value;
        var englishCount = Count(english, shape);
        if (englishCount * 2 >= shape.Words.Count)
        {
            return null;
        }

        string? best = null;
        var bestCount = 0;
        foreach (var (name, words) in others)
        {
            var count = Count(words, shape);
            if (count > bestCount)
            {
                best = name;
                bestCount = count;
            }
        }

        return bestCount >= 2 && bestCount > englishCount ? best : null;
    }

    // The words of the shape that are entries of the list (every entry is one word): by the words'
    // masks when the list has a bit, else by looking each word up.
    private static int Count(PhraseList list, CriterionShape shape)
    {
        var words = shape.Words;
        var bit = list.Bit;
        var masks = bit != 0 ? shape.FirstWordMasks : null;
        var count = 0;
        for (var i = 0; i < words.Count; i++)
        {
            count += (masks is not null && (masks.Known & bit) != 0 ? (masks.Bits[i] & bit) != 0 : list.StartsAnEntry(words[i])) ? 1 : 0;
        }

        return count;
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    // The script of a letter outside the Latin alphabets, named as a message says it; null for Latin.
    private static string? Script(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category == UnicodeCategory.OtherLetter || category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.ModifierLetter)
        {
            return c switch
            {
                >= '\u3040' and <= '\u30FF' => "Japanese",
                >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => "Korean",
                >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => "Chinese",
                >= '\u0400' and <= '\u04FF' => "a Cyrillic-script language",
                >= '\u0370' and <= '\u03FF' => "Greek",
                >= '\u0600' and <= '\u06FF' => "Arabic",
                >= '\u0590' and <= '\u05FF' => "Hebrew",
                >= '\u0900' and <= '\u097F' => "Hindi or another Devanagari-script language",
                >= '\u0E00' and <= '\u0E7F' => "Thai",
                _ => null,
            };
        }

        return null;
    }
}
