using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tamer.Spec.Text;

namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>
/// A lexicon of words and phrases, read from a data file of the pack: a <c># source:</c> line
/// saying where the list comes from, then one entry per line. Entries are matched on whole words,
/// case-insensitively, a hyphen counting as a space; never as bare substrings.
/// </summary>
internal sealed class PhraseList
{
    private readonly Dictionary<string, List<string[]>> _byFirstWord = new(StringComparer.Ordinal);

    // This list's bit in the words' masks of FirstWordIndex; 0 when it has none.
    private readonly ulong _bit;

    private PhraseList(string name, string source, IEnumerable<string> entries)
    {
        Name = name;
        Source = source;
        foreach (var entry in entries)
        {
            var words = WordTokenizer.Tokenize(entry).Select(w => w.Lower).ToArray();
            if (words.Length == 0)
            {
                Symbols.Add(entry.Trim());
                continue;
            }

            if (!_byFirstWord.TryGetValue(words[0], out var phrases))
            {
                _byFirstWord[words[0]] = phrases = new List<string[]>();
            }

            phrases.Add(words);
            Entries.Add(string.Join(" ", words));
        }

        foreach (var phrases in _byFirstWord.Values)
        {
            phrases.Sort((a, b) => b.Length.CompareTo(a.Length));
        }

        _bit = FirstWordIndex.Register(this);
    }

    /// <summary>The data file's name.</summary>
    public string Name { get; }

    /// <summary>Where the list comes from (the file's <c># source:</c> line).</summary>
    public string Source { get; }

    /// <summary>Every word or phrase, words joined by single spaces.</summary>
    public List<string> Entries { get; } = new();

    /// <summary>Entries that are symbols rather than words (<c>=</c>, <c>→</c>): matched anywhere.</summary>
    public List<string> Symbols { get; } = new();

    /// <summary>The entries of an embedded data file of this assembly as a set of single words, compared exactly.</summary>
    public static HashSet<string> LoadWords(string fileName) => new(Load(fileName).Entries, StringComparer.Ordinal);

    /// <summary>Reads a list from an embedded data file of this assembly.</summary>
    public static PhraseList Load(string fileName)
    {
        var assembly = typeof(PhraseList).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Lexicons." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var source = string.Empty;
        var entries = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.StartsWith("# source:", StringComparison.Ordinal))
            {
                source = line.Substring("# source:".Length).Trim();
            }
            else if (line.Length > 0 && !line.StartsWith("#", StringComparison.Ordinal))
            {
                entries.Add(line);
            }
        }

        if (source.Length == 0)
        {
            throw new InvalidDataException("The lexicon " + fileName + " has no '# source:' line.");
        }

        return new PhraseList(fileName, source, entries);
    }

    /// <summary>
    /// Every match in <paramref name="words"/> (the lower-case words of a text, with the indices of
    /// the words that follow a break such as a comma): (first word index, word count), the longest
    /// phrase at each position, matches never overlapping. A phrase never spans a break.
    /// </summary>
    public IReadOnlyList<(int First, int Count)> Find(IReadOnlyList<string> words, IReadOnlyList<bool> breakBefore) => Find(words, breakBefore, null);

    /// <summary>Every match in the words of <paramref name="shape"/>, as <see cref="Find(IReadOnlyList{string}, IReadOnlyList{bool})"/>; the words no entry starts with are skipped by their masks.</summary>
    public IReadOnlyList<(int First, int Count)> Find(CriterionShape shape) => Find(shape.Words, shape.BreakBefore, shape.FirstWordMasks);

    /// <summary>This list's bit in the words' masks (<see cref="CriterionShape.FirstWordMasks"/>); 0 when it has none.</summary>
    public ulong Bit => _bit;

    /// <summary>True when some entry starts with <paramref name="word"/>.</summary>
    public bool StartsAnEntry(string word) => _byFirstWord.ContainsKey(word);

    private IReadOnlyList<(int First, int Count)> Find(IReadOnlyList<string> words, IReadOnlyList<bool> breakBefore, WordMasks? masks)
    {
        // Most texts match nothing: no list is allocated until the first match.
        List<(int First, int Count)>? found = null;
        var skips = masks is not null && _bit != 0;
        for (var i = 0; i < words.Count; i++)
        {
            if ((skips && masks!.Excludes(i, _bit)) || !_byFirstWord.TryGetValue(words[i], out var phrases))
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                if (Matches(words, breakBefore, i, phrase))
                {
                    (found ??= new List<(int First, int Count)>()).Add((i, phrase.Length));

                    // Matches do not overlap: "rate limited" is one match, not also "limited".
                    i += phrase.Length - 1;
                    break;
                }
            }
        }

        return (IReadOnlyList<(int First, int Count)>?)found ?? Array.Empty<(int First, int Count)>();
    }

    /// <summary>True when <paramref name="word"/> is a one-word entry.</summary>
    public bool ContainsWord(string word)
    {
        if (_byFirstWord.TryGetValue(word, out var phrases))
        {
            foreach (var phrase in phrases)
            {
                if (phrase.Length == 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Matches(IReadOnlyList<string> words, IReadOnlyList<bool> breakBefore, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            if (!string.Equals(words[start + j], phrase[j], StringComparison.Ordinal) || (j > 0 && breakBefore[start + j]))
            {
                return false;
            }
        }

        return true;
    }
}
