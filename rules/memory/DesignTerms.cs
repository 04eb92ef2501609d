using System;
using System.Collections.Generic;
using System.IO;
using Tamer.Spec.Text;

namespace Tamer.Spec.Rules.Memory;

/// <summary>
/// The terms a text is compared by: its words in lower case, without stop words
/// (<c>lexicons/stop-words.txt</c>) and numbers, a plural <c>s</c> taken off
/// (<c>profiles</c> → <c>profile</c>, but <c>redis</c>, <c>status</c> and <c>class</c> stay).
/// </summary>
public static class DesignTerms
{
    private static readonly Lazy<HashSet<string>> StopWords = new(LoadStopWords);

    /// <summary>Adds the terms of <paramref name="text"/> to <paramref name="terms"/>.</summary>
    public static void AddTo(string? text, ISet<string> terms)
    {
        if (terms is null)
        {
            throw new ArgumentNullException(nameof(terms));
        }

        foreach (var word in WordTokenizer.Tokenize(text ?? string.Empty))
        {
            if (Term(word.Lower) is { } term)
            {
                terms.Add(term);
            }
        }
    }

    /// <summary>Adds the terms of <paramref name="text"/> to <paramref name="counts"/>, each occurrence with <paramref name="weight"/>.</summary>
    public static void Add(string? text, double weight, IDictionary<string, double> counts)
    {
        if (counts is null)
        {
            throw new ArgumentNullException(nameof(counts));
        }

        foreach (var word in WordTokenizer.Tokenize(text ?? string.Empty))
        {
            if (Term(word.Lower) is { } term)
            {
                counts[term] = (counts.TryGetValue(term, out var count) ? count : 0) + weight;
            }
        }
    }

    /// <summary>The term a lower-case word counts as, or null when it does not count.</summary>
    public static string? Term(string word)
    {
        if (word is null || word.Length < 2 || IsNumber(word) || StopWords.Value.Contains(word))
        {
            return null;
        }

        if (word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] is not 's' and not 'u' and not 'i')
        {
            word = word.Substring(0, word.Length - 1);
        }

        return StopWords.Value.Contains(word) ? null : word;
    }

    private static bool IsNumber(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<string> LoadStopWords()
    {
        var assembly = typeof(DesignTerms).Assembly;
        using var stream = assembly.GetManifestResourceStream("Tamer.Spec.Rules.Memory.Lexicons.stop-words.txt")
            ?? throw new InvalidOperationException("The memory pack's stop-word list is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words;
    }
}
