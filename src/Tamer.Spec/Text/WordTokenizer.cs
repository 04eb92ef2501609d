using System.Collections.Generic;

namespace Tamer.Spec.Text;

/// <summary>
/// Splits text into words for whole-word matching: runs of letters and digits, with an
/// apostrophe inside a word kept (<c>don't</c>) and hyphens, underscores, dots, slashes and every
/// other character treated as separators. Matching on these words never matches a bare substring.
/// </summary>
public static class WordTokenizer
{
    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<Word> Tokenize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new List<Word>();
        }

        // About one word per six characters of prose: sized once instead of grown several times.
        var words = new List<Word>((text.Length / 6) + 4);

        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)))
            {
                i++;
            }

            words.Add(new Word(start, i - start, text.Substring(start, i - start).ToLowerInvariant()));
        }

        return words;
    }

    private static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';
}
