using System;
using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>
/// Splits a criterion into tokens. Code spans, quoted values, paths and identifiers are kept
/// whole, because they are what makes a criterion concrete; words are split at hyphens so that
/// "user-friendly" matches "user friendly".
/// </summary>
internal static class CriterionTokenizer
{
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand", "once", "twice",
    };

    private static readonly string[] Symbols = { "<=", ">=", "!=", "==", "->", "=>", "=", "<", ">", "≤", "≥", "≠", "→", "⇒", "±", "%" };

    // The first character of every symbol above.
    private static readonly string SymbolStarts = new(Symbols.Select(s => s[0]).Distinct().ToArray());

    // The text of each ASCII character, made once: punctuation tokens are many and always the same.
    private static readonly string[] AsciiCharacters = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    public static List<CriterionToken> Tokenize(string text)
    {
        // About one token per five characters of prose: sized once instead of grown three or four times.
        var tokens = new List<CriterionToken>((text.Length / 5) + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '`')
            {
                var close = text.IndexOf('`', i + 1);
                var end = close < 0 ? text.Length : close + 1;
                tokens.Add(new CriterionToken(TokenKind.Code, i, end - i, text.Substring(i, end - i).ToLowerInvariant()));
                i = end;
            }
            else if (IsOpeningQuote(text, i, out var closing) && FindClosingQuote(text, i + 1, closing) is var close && close > i + 1)
            {
                tokens.Add(new CriterionToken(TokenKind.Quoted, i, close + 1 - i, text.Substring(i, close + 1 - i).ToLowerInvariant()));
                i = close + 1;
            }
            else if (SymbolAt(text, i) is { } symbol)
            {
                tokens.Add(new CriterionToken(TokenKind.Symbol, i, symbol.Length, symbol));
                i += symbol.Length;
            }
            else if (char.IsLetterOrDigit(c) || c == '/' || c == '.' || c == '_' || c == '~' || c == '$' || c == '{' || c == '@')
            {
                i = ReadRun(text, i, tokens);
            }
            else
            {
                if (",;:.!?()[]{}|".IndexOf(c) >= 0)
                {
                    tokens.Add(new CriterionToken(TokenKind.Break, i, 1, CharText(c)));
                }

                i++;
            }
        }

        return tokens;
    }

    // A run of non-space characters: classified as a path, an identifier, a number, or split into words.
    private static int ReadRun(string text, int start, List<CriterionToken> tokens)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && ",;()[]\"`|".IndexOf(text[end]) < 0 && SymbolAt(text, end) is null)
        {
            end++;
        }

        // A sentence's final period, colon or question mark is punctuation, not part of the run.
        while (end > start && ".:!?'\u2019".IndexOf(text[end - 1]) >= 0)
        {
            end--;
        }

        if (end == start)
        {
            tokens.Add(new CriterionToken(TokenKind.Break, start, 1, CharText(text[start])));
            return start + 1;
        }

        var run = text.Substring(start, end - start);
        var kind = Classify(run);
        if (kind is { } concrete)
        {
            tokens.Add(new CriterionToken(concrete, start, run.Length, run.ToLowerInvariant()));
            return end;
        }

        // Plain words: split at hyphens, apostrophes kept inside words.
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || ((text[i] == '\'' || text[i] == '\u2019') && i + 1 < end && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            // A run that is one word (the common case) is not copied a second time.
            var word = (wordStart == start && i == end ? run : text.Substring(wordStart, i - wordStart)).ToLowerInvariant();
            var wordKind = char.IsDigit(word[0]) || (NumberWords.Contains(word) && !IsPronounOne(text, wordStart, i, tokens)) ? TokenKind.Number : TokenKind.Word;
            tokens.Add(new CriterionToken(wordKind, wordStart, i - wordStart, word));
        }

        return end;
    }

    // "one another", "one of the", "each one", "the one": "one" as a pronoun, not a count.
    private static bool IsPronounOne(string text, int start, int end, List<CriterionToken> tokens)
    {
        if (!string.Equals(text.Substring(start, end - start), "one", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text.Substring(end).TrimStart();
        if (rest.StartsWith("another", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var previous = tokens.Count > 0 ? tokens[tokens.Count - 1].Lower : string.Empty;
        return previous is "no" or "any" or "each" or "every" or "the" or "this" or "that";
    }

    private static TokenKind? Classify(string run)
    {
        var hasLetter = false;
        var hasDigit = false;
        foreach (var ch in run)
        {
            hasLetter |= char.IsLetter(ch);
            hasDigit |= char.IsDigit(ch);
        }

        if (!hasLetter && hasDigit)
        {
            return TokenKind.Number;
        }

        if (!hasLetter)
        {
            return null;
        }

        if (IsPath(run))
        {
            return TokenKind.Path;
        }

        if (run.IndexOf('_') >= 0 || run.IndexOf('{') >= 0 || run.IndexOf('$') >= 0 || run.IndexOf('@') > 0 || (run.IndexOf('.') > 0 && !IsAbbreviation(run)) || HasInnerCapital(run))
        {
            return TokenKind.Identifier;
        }

        return null;
    }

    // A slash makes a path when the run looks like one (/login, docs/perf/, src/a/b, x.ts, a URL);
    // "scope/authorization" or "input/output" are two alternatives, not a path.
    private static bool IsPath(string run)
    {
        if (run.StartsWith(".", StringComparison.Ordinal) || run.StartsWith("~", StringComparison.Ordinal) || HasFileExtension(run))
        {
            return true;
        }

        var slashes = 0;
        foreach (var ch in run)
        {
            slashes += ch == '/' ? 1 : 0;
        }

        return slashes > 0 && (run.StartsWith("/", StringComparison.Ordinal) || run.EndsWith("/", StringComparison.Ordinal) || slashes >= 2 || run.IndexOf("://", StringComparison.Ordinal) >= 0);
    }

    private static bool HasFileExtension(string run)
    {
        var dot = run.LastIndexOf('.');
        if (dot <= 0 || dot == run.Length - 1 || run.Length - dot - 1 > 5)
        {
            return false;
        }

        for (var i = dot + 1; i < run.Length; i++)
        {
            if (!char.IsLetterOrDigit(run[i]))
            {
                return false;
            }
        }

        return char.IsLower(run[dot + 1]) && !IsAbbreviation(run);
    }

    // e.g., i.e., etc., U.S.: letters separated by dots.
    private static bool IsAbbreviation(string run)
    {
        var parts = run.Split('.');
        foreach (var part in parts)
        {
            if (part.Length > 3)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasInnerCapital(string run)
    {
        for (var i = 1; i < run.Length; i++)
        {
            if (char.IsUpper(run[i]) && char.IsLower(run[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOpeningQuote(string text, int i, out char closing)
    {
        closing = text[i] switch
        {
            '"' => '"',
            '\u201C' => '\u201D',
            '\u2018' => '\u2019',
            '\'' => '\'',
            _ => '\0',
        };
        if (closing == '\0')
        {
            return false;
        }

        // A single quote opens a quotation only at the start of a word, not inside one (don't).
        return text[i] != '\'' || i == 0 || !char.IsLetterOrDigit(text[i - 1]);
    }

    private static int FindClosingQuote(string text, int from, char closing)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == closing && (closing != '\'' || i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? SymbolAt(string text, int i)
    {
        // Called for every character of a run: most characters start no symbol.
        if (SymbolStarts.IndexOf(text[i]) < 0)
        {
            return null;
        }

        foreach (var symbol in Symbols)
        {
            if (string.CompareOrdinal(text, i, symbol, 0, symbol.Length) == 0)
            {
                // '%' only after a number; '<' and '>' only when not part of a tag or arrow text.
                if (symbol == "%" && (i == 0 || !char.IsDigit(text[i - 1])))
                {
                    continue;
                }

                return symbol;
            }
        }

        return null;
    }

    private static string CharText(char c) => c < AsciiCharacters.Length ? AsciiCharacters[c] : c.ToString();
}
