using System;
using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>
/// Looks up a word's verb reading: its base form, its form and its class. Regular inflections
/// are derived from each base form (over-generation is harmless: a derived form that is not a
/// word never matches); irregular forms are listed after the base in the data files. When a word
/// belongs to several lists, the first class given to <see cref="Add"/> wins.
/// </summary>
internal sealed class VerbForms
{
    private readonly Dictionary<string, (string Base, VerbFormKind Form, VerbClass Class)> _words = new(StringComparer.Ordinal);

    public void Add(PhraseList list, VerbClass verbClass)
    {
        foreach (var entry in list.Entries)
        {
            var words = entry.Split(' ');
            if (words.Length > 1 && !list.Name.StartsWith("verbs-v1", StringComparison.Ordinal) && !list.Name.StartsWith("observable-verbs", StringComparison.Ordinal))
            {
                continue;
            }

            var baseForm = words[0];
            Put(baseForm, baseForm, VerbFormKind.Base, verbClass);
            foreach (var (form, kind) in Regular(baseForm))
            {
                Put(form, baseForm, kind, verbClass);
            }

            foreach (var irregular in words.Skip(1))
            {
                Put(irregular, baseForm, irregular.EndsWith("ing", StringComparison.Ordinal) ? VerbFormKind.Ing : VerbFormKind.Past, verbClass);
            }
        }
    }

    public bool TryGet(string word, out (string Base, VerbFormKind Form, VerbClass Class) verb) => _words.TryGetValue(word, out verb);

    private void Put(string word, string baseForm, VerbFormKind form, VerbClass verbClass)
    {
        if (!_words.ContainsKey(word))
        {
            _words.Add(word, (baseForm, form, verbClass));
        }
    }

    private static IEnumerable<(string, VerbFormKind)> Regular(string word)
    {
        var last = word[word.Length - 1];
        var stem = last == 'e' ? word.Substring(0, word.Length - 1) : word;
        yield return (word + "s", VerbFormKind.ThirdPerson);
        yield return (word + "es", VerbFormKind.ThirdPerson);
        yield return (stem + "ed", VerbFormKind.Past);
        yield return (stem + "ing", VerbFormKind.Ing);
        if (last == 'y' && word.Length > 2 && !"aeiou".Contains(word[word.Length - 2]))
        {
            var root = word.Substring(0, word.Length - 1);
            yield return (root + "ies", VerbFormKind.ThirdPerson);
            yield return (root + "ied", VerbFormKind.Past);
        }

        if (word.Length >= 3 && !"aeiouwxy".Contains(last) && "aeiou".Contains(word[word.Length - 2]) && !"aeiou".Contains(word[word.Length - 3]))
        {
            yield return (word + last + "ed", VerbFormKind.Past);
            yield return (word + last + "ing", VerbFormKind.Ing);
        }
    }
}
