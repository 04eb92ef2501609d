using System;
using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>
/// The tokens of one criterion and what the analysis derives from them: the lower-case words
/// (for lexicon matching), which tokens follow a break, which verbs are predicates, which
/// tokens sit in a purpose clause ("to minimize image size"), and where the outcome starts (after
/// THEN or SHALL in scenario and EARS styles).
/// </summary>
internal sealed class CriterionShape
{
    private WordMasks? _firstWordMasks;

    private static readonly HashSet<string> Determiners = Set("the", "a", "an", "this", "that", "these", "those", "each", "every", "any", "no", "some", "its", "their", "his", "her", "our", "your", "my", "all", "both", "either", "neither", "another", "other", "such", "same", "whose", "which", "what", "of", "for", "with", "from", "by", "in", "on", "at");

    private static readonly HashSet<string> Auxiliaries = Set("shall", "should", "must", "will", "would", "can", "could", "may", "might", "does", "do", "did", "to", "not", "also", "still", "always", "never", "only", "then", "cannot", "can't", "won't", "doesn't", "don't", "and", "or");

    private static readonly HashSet<string> BeForms = Set("is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got", "gotten", "has", "have", "had", "stays", "remain", "remains", "keeps");

    private static readonly HashSet<string> Pronouns = Set("it", "they", "we", "you", "i", "he", "she", "users", "user", "system");

    private static readonly HashSet<string> Connectors = Set("in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "of", "over", "under", "within", "without", "via", "per", "after", "before", "during", "across", "through", "between", "against", "about", "as", "than", "until", "unless", "when", "if", "and", "or", "but", "so", "then", "the", "a", "an", "its", "their", "all", "any", "every", "each", "no", "not");

    private static readonly HashSet<string> NotPurpose = Set("able", "unable", "need", "needs", "needed", "has", "have", "had", "want", "wants", "wanted", "try", "tries", "tried", "attempt", "attempts", "attempted", "going", "used", "ought", "allowed", "expected", "supposed", "required", "asked", "forced", "due", "how", "what", "where", "whether", "is", "are", "was", "were", "be", "likely", "sure", "order", "trying", "attempting", "back", "up", "down", "set");

    private static readonly HashSet<string> ClauseMarkers = Set("when", "then", "given", "if", "and", "while", "where", "shall", "should", "must", "will");

    private static readonly HashSet<string> VerificationVerbs = Set("verify", "check", "ensure", "confirm", "evaluate", "validate", "test", "assert");

    public CriterionShape(string text)
    {
        Text = text;
        Tokens = CriterionTokenizer.Tokenize(text);
        var words = new List<string>();
        var breaks = new List<bool>();
        var wordTokens = new List<int>();
        var pendingBreak = true;
        for (var i = 0; i < Tokens.Count; i++)
        {
            var token = Tokens[i];
            if (token.Kind == TokenKind.Word)
            {
                words.Add(token.Lower);
                breaks.Add(pendingBreak);
                wordTokens.Add(i);
                pendingBreak = false;
            }
            else
            {
                pendingBreak = true;
            }
        }

        Words = words;
        BreakBefore = breaks;
        WordTokenIndex = wordTokens;
        LeadingInstructionWords = FindLeadingInstruction();
        IsExampleToken = FindExamples();
        IsPredicate = FindPredicates();
        InPurposeClause = FindPurposeClauses();
        OutcomeStart = FindOutcomeStart();
    }

    public string Text { get; }

    public List<CriterionToken> Tokens { get; }

    /// <summary>The lower-case words, in order (other tokens removed).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>For each word, whether a non-word token (punctuation, a path, code) comes before it.</summary>
    public IReadOnlyList<bool> BreakBefore { get; }

    /// <summary>For each word, the phrase lists that have an entry starting with it (see <see cref="FirstWordIndex"/>), looked up on first use.</summary>
    public WordMasks FirstWordMasks => _firstWordMasks ??= FirstWordIndex.MasksOf(Words);

    /// <summary>For each word, the index of its token.</summary>
    public IReadOnlyList<int> WordTokenIndex { get; }

    /// <summary>
    /// How many leading words only instruct the tester ("Verify that", "Ensure that", "Make sure"):
    /// what follows them is the criterion.
    /// </summary>
    public int LeadingInstructionWords { get; }

    /// <summary>For each token, whether it belongs to an example ("e.g., 24 hours"), which commits to nothing.</summary>
    public bool[] IsExampleToken { get; }

    /// <summary>For each word, whether it is a verb used as a predicate.</summary>
    public bool[] IsPredicate { get; }

    /// <summary>For each word, whether it sits in a purpose clause.</summary>
    public bool[] InPurposeClause { get; }

    /// <summary>The index of the first word of the outcome (0 when the criterion is not a scenario).</summary>
    public int OutcomeStart { get; }

    /// <summary>True when the criterion names a number, code, a quoted value, a path or an identifier (not counting the subject of SHALL).</summary>
    public bool HasConcreteAnchor
    {
        get
        {
            for (var i = 0; i < Tokens.Count; i++)
            {
                if (Tokens[i].IsConcrete && !IsSubjectOfModal(i))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>True when the criterion names a number (examples do not count).</summary>
    public bool HasNumber
    {
        get
        {
            for (var i = 0; i < Tokens.Count; i++)
            {
                if (Tokens[i].Kind == TokenKind.Number && !IsExampleToken[i])
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>True when a number carries a unit ("5MB", "200 ms", "3 retries", "20%"), so that it bounds something.</summary>
    public bool HasQuantity
    {
        get
        {
            for (var i = 0; i < Tokens.Count; i++)
            {
                var token = Tokens[i];
                if (token.Kind == TokenKind.Number && !IsExampleToken[i]
                    && (HasLetter(token.Lower) || (i + 1 < Tokens.Count && (Tokens[i + 1].Kind == TokenKind.Word || Tokens[i + 1].Lower == "%"))))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>True when the criterion names code, a quoted value or a path.</summary>
    public bool NamesArtifact => HasToken(t => t.Kind is TokenKind.Code or TokenKind.Quoted or TokenKind.Path);

    /// <summary>True when the criterion names an identifier (not counting the subject of SHALL).</summary>
    public bool HasIdentifier
    {
        get
        {
            for (var i = 0; i < Tokens.Count; i++)
            {
                if (Tokens[i].Kind == TokenKind.Identifier && !IsSubjectOfModal(i))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>True when the criterion has a comparison or an arrow.</summary>
    public bool HasComparison => HasToken(t => t.Kind == TokenKind.Symbol);

    /// <summary>
    /// True when some word reads as a verb in use, by a looser test than <see cref="IsPredicate"/>:
    /// any verb form that no determiner or participle turns into a noun ("errors during sign-in
    /// display the code" has one). Used only to decide that a criterion names no action at all.
    /// </summary>
    public bool HasVerbEvidence()
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (IsPredicate[i] && TryGetVerb(Words[i], out var predicate) && predicate.Class != VerbClass.Vague)
            {
                return true;
            }

            if (i < LeadingInstructionWords || !TryGetVerb(Words[i], out var verb) || verb.Form == VerbFormKind.Ing || verb.Class == VerbClass.Vague)
            {
                continue;
            }

            if (BeForms.Contains(Words[i]))
            {
                return true;
            }

            var previous = i > 0 && !BreakBefore[i] ? Words[i - 1] : null;
            var next = i + 1 < Words.Count && !BreakBefore[i + 1] ? Words[i + 1] : null;

            // "the results", "failed requests" are nouns; "saving shows" has a gerund subject.
            var gerundSubject = i == 1 && TryGetVerb(Words[0], out var first) && first.Form == VerbFormKind.Ing;
            var nominal = previous is not null && (Determiners.Contains(previous) || (IsAdjectival(i - 1) && !gerundSubject));
            var adjectival = verb.Form == VerbFormKind.Past && next is not null && !Connectors.Contains(next) && !(previous is not null && BeForms.Contains(previous));
            if (!nominal && !adjectival)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verb reading of a word, when it has one.</summary>
    public static bool TryGetVerb(string word, out (string Base, VerbFormKind Form, VerbClass Class) verb) => Lexicons.Instance.Verbs.TryGet(word, out verb);

    /// <summary>The span in the text of words [first, first + count).</summary>
    public (int Start, int Length) SpanOfWords(int first, int count)
    {
        var start = Tokens[WordTokenIndex[first]].Start;
        var end = Tokens[WordTokenIndex[first + count - 1]].End;
        return (start, end - start);
    }

    /// <summary>True when a concrete token follows word <paramref name="word"/> within <paramref name="window"/> tokens.</summary>
    public bool ConcreteFollows(int word, int window)
    {
        var token = WordTokenIndex[word];
        for (var i = token + 1; i < Tokens.Count && i <= token + window; i++)
        {
            if (Tokens[i].IsConcrete)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the word is defined right after it by a parenthesis that commits to something
    /// checkable, as in "modern TLS (1.2+)" or "minimal output (the exit code only)". A remark
    /// ("fast (see the dashboard)", "robust (and secure)"), an example or a contrast defines nothing.
    /// </summary>
    public bool DefinedByParenthesis(int word)
    {
        var token = WordTokenIndex[word];
        for (var i = token + 1; i < Tokens.Count && i <= token + 3; i++)
        {
            if (Tokens[i].Kind == TokenKind.Break && Tokens[i].Lower == "(")
            {
                if (i + 1 >= Tokens.Count || IsExampleToken[i + 1] || Tokens[i + 1].Lower is "not" or "no" or "unlike" or "except")
                {
                    return false;
                }

                for (var j = i + 1; j < Tokens.Count && !(Tokens[j].Kind == TokenKind.Break && Tokens[j].Lower == ")"); j++)
                {
                    if (Tokens[j].IsConcrete || Tokens[j].Kind == TokenKind.Symbol || Tokens[j].Lower is "only" or "exactly" or "just")
                    {
                        return true;
                    }
                }

                return false;
            }

            if (Tokens[i].Kind == TokenKind.Break)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the word is the first part of a hyphenated compound ("fast-forwards",
    /// "long-press", "clear-text"): it modifies the next part and is not used on its own. A last
    /// part ("user-friendly", "time-limited") keeps its meaning.
    /// </summary>
    public bool StartsCompound(int word)
    {
        var after = Tokens[WordTokenIndex[word]].End;
        return after + 1 < Text.Length && Text[after] == '-' && char.IsLetterOrDigit(Text[after + 1]);
    }

    /// <summary>
    /// True when the word is written with a capital inside the sentence, as a name is: "the Clear
    /// button", "HttpOnly, Secure, SameSite".
    /// </summary>
    public bool IsWrittenAsName(int word)
    {
        var token = Tokens[WordTokenIndex[word]];
        var original = Text.Substring(token.Start, token.Length);
        if (word == LeadingInstructionWords || original.Length < 2 || !char.IsUpper(original[0]) || original.ToUpperInvariant() == original)
        {
            return false;
        }

        var before = WordTokenIndex[word] - 1;
        return before >= 0 && !(Tokens[before].Kind == TokenKind.Break && Tokens[before].Lower is "." or ":" or "!" or "?" or "(" or "-");
    }

    /// <summary>True when the word starts with a capital letter ("Click", "GET", "Viewer").</summary>
    public bool IsCapitalised(int word) => char.IsUpper(Text[Tokens[WordTokenIndex[word]].Start]);

    /// <summary>True when the word is written all in capitals (TODO, FIXME).</summary>
    public bool IsWrittenInCapitals(int word)
    {
        var token = Tokens[WordTokenIndex[word]];
        var original = Text.Substring(token.Start, token.Length);
        return original.Length > 1 && original.ToUpperInvariant() == original && original.Any(char.IsLetter);
    }

    /// <summary>True for a verb that instructs a tester (verify, check, test) rather than naming a result.</summary>
    public static bool IsVerificationVerb(string word) => VerificationVerbs.Contains(word);

    /// <summary>True when the word sits inside a pair of parentheses (an unclosed one hides nothing).</summary>
    public bool InParentheses(int word)
    {
        var position = WordTokenIndex[word];
        var depth = 0;
        for (var i = 0; i < position; i++)
        {
            if (Tokens[i].Kind == TokenKind.Break)
            {
                depth = Tokens[i].Lower == "(" ? depth + 1 : Tokens[i].Lower == ")" ? Math.Max(0, depth - 1) : depth;
            }
        }

        if (depth == 0)
        {
            return false;
        }

        for (var i = position + 1; i < Tokens.Count; i++)
        {
            if (Tokens[i].Kind == TokenKind.Break && Tokens[i].Lower == ")")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the word sits in a parenthetical remark of three words or more ("(which starts
    /// tracking immediately)"): an aside about the setting. A short one ("loads (quickly)") still
    /// qualifies the outcome.
    /// </summary>
    public bool InAside(int word)
    {
        if (!InParentheses(word))
        {
            return false;
        }

        var open = WordTokenIndex[word];
        while (open > 0 && !(Tokens[open].Kind == TokenKind.Break && Tokens[open].Lower == "("))
        {
            open--;
        }

        var words = 0;
        for (var i = open + 1; i < Tokens.Count && !(Tokens[i].Kind == TokenKind.Break && Tokens[i].Lower == ")"); i++)
        {
            words += Tokens[i].Kind == TokenKind.Word ? 1 : 0;
        }

        return words >= 3;
    }

    /// <summary>True when the word is negated by the words just before it ("no longer works", "does not work").</summary>
    public bool IsNegated(int word) =>
        (word >= 1 && Words[word - 1] is "not" or "never" or "doesn't" or "don't" or "didn't" or "won't" or "cannot" or "can't" or "isn't" or "aren't" or "shouldn't" or "mustn't")
        || (word >= 2 && Words[word - 1] == "longer" && Words[word - 2] == "no");

    private int FindLeadingInstruction()
    {
        // "Scenario: Handle invalid promo code Given … When …": the title names the scenario, not its outcome.
        if (Words.Count > 0 && Words[0] is "scenario" or "feature" or "background" or "example")
        {
            for (var i = 1; i < Words.Count; i++)
            {
                if (Words[i] is "given" or "when")
                {
                    return i;
                }
            }
        }

        // A label such as "Test:" or "Note:" before the criterion (scenario keywords excepted).
        if (Words.Count > 1 && BreakBefore[1] && Tokens[WordTokenIndex[0] + 1].Lower == ":" && Words[0] is not ("given" or "when" or "then" or "and" or "if"))
        {
            return 1;
        }

        if (Words.Count > 1 && Words[0] == "make" && Words[1] == "sure")
        {
            return Words.Count > 2 && Words[2] == "that" ? 3 : 2;
        }

        if (Words.Count > 0 && VerificationVerbs.Contains(Words[0]) && (Words.Count == 1 || Words[1] is "that" or "the" or "a" or "an" or "all" or "each" or "every" or "i" or "we" or "it" or "user" or "users"))
        {
            return Words.Count > 1 && Words[1] == "that" ? 2 : 1;
        }

        return 0;
    }

    // Tokens from "e.g." / "for example" / "such as" to the next closing bracket or semicolon.
    private bool[] FindExamples()
    {
        var result = new bool[Tokens.Count];
        for (var i = 0; i < Tokens.Count; i++)
        {
            var opens = (Tokens[i].Lower == "e" && i + 1 < Tokens.Count && Tokens[i + 1].Lower == "g")
                || (Tokens[i].Lower == "for" && i + 1 < Tokens.Count && Tokens[i + 1].Lower == "example")
                || (Tokens[i].Lower == "such" && i + 1 < Tokens.Count && Tokens[i + 1].Lower == "as");
            if (!opens)
            {
                continue;
            }

            for (var j = i; j < Tokens.Count && !(Tokens[j].Kind == TokenKind.Break && Tokens[j].Lower is ")" or ";"); j++)
            {
                result[j] = true;
            }
        }

        return result;
    }

    private bool IsSubjectOfModal(int token)
    {
        var next = token + 1;
        return next < Tokens.Count && Tokens[next].Kind == TokenKind.Word && Tokens[next].Lower is "shall" or "should" or "must" or "will";
    }

    private bool[] FindPredicates()
    {
        var result = new bool[Words.Count];
        for (var i = LeadingInstructionWords; i < Words.Count; i++)
        {
            if (!TryGetVerb(Words[i], out var verb))
            {
                continue;
            }

            var previous = i > 0 && !BreakBefore[i] ? Words[i - 1] : null;
            var next = i + 1 < Words.Count && !BreakBefore[i + 1] ? Words[i + 1] : null;
            var clauseStart = BreakBefore[i] || (previous is not null && ClauseMarkers.Contains(previous) && previous is not ("and" or "shall" or "should" or "must" or "will"));
            result[i] = verb.Form switch
            {
                VerbFormKind.Ing => previous is not null && BeForms.Contains(previous),
                VerbFormKind.Past => previous is not null && BeForms.Contains(previous)
                    || (previous is null || !Determiners.Contains(previous)) && (next is null || Connectors.Contains(next) || next.EndsWith("ly", StringComparison.Ordinal)),
                VerbFormKind.ThirdPerson => previous is null || (!Determiners.Contains(previous) && (!IsAdjectival(i - 1) || (i - 1 == LeadingInstructionWords && Words[i - 1].EndsWith("ing", StringComparison.Ordinal)))),
                _ => previous is not null && (Auxiliaries.Contains(previous) && (previous is not ("and" or "or") || (i >= 2 && result[i - 2])) || Pronouns.Contains(previous) || IsPluralNoun(i - 1))
                    || clauseStart,
            };
        }

        return result;
    }

    private bool IsAdjectival(int word) =>
        word >= 0 && TryGetVerb(Words[word], out var verb) && verb.Form is VerbFormKind.Past or VerbFormKind.Ing;

    private bool IsPluralNoun(int word) =>
        word >= 0 && Words[word].Length > 3 && Words[word].EndsWith("s", StringComparison.Ordinal) && !Words[word].EndsWith("ss", StringComparison.Ordinal)
        && !TryGetVerb(Words[word], out _) && !Determiners.Contains(Words[word]);

    private bool[] FindPurposeClauses()
    {
        var result = new bool[Words.Count];
        for (var i = 0; i < Words.Count; i++)
        {
            var afterComma = BreakBefore[i] && WordTokenIndex[i] > 0 && Tokens[WordTokenIndex[i] - 1].Lower == ",";
            var opens = Words[i] == "to" && i > 0 && (afterComma || (!BreakBefore[i] && !NotPurpose.Contains(Words[i - 1]))) && i + 1 < Words.Count && !BreakBefore[i + 1]
                && TryGetVerb(Words[i + 1], out var verb) && verb.Form == VerbFormKind.Base && !IsModalChain(i - 1);
            opens |= Words[i] == "so" && i + 1 < Words.Count && Words[i + 1] is "that" or "as";
            opens |= Words[i] == "order" && i > 0 && Words[i - 1] == "in" && i + 1 < Words.Count && Words[i + 1] == "to";
            if (!opens)
            {
                continue;
            }

            for (var j = i; j < Words.Count && (j == i || !BreakBefore[j]) && !(j > i && ClauseMarkers.Contains(Words[j]) && Words[j] is "when" or "then" or "shall"); j++)
            {
                result[j] = true;
            }
        }

        return result;
    }

    // "shall be able to", "must be used to": the word before "to" belongs to a verb chain, not to an object.
    private bool IsModalChain(int word) => word >= 0 && IsPredicate[word] && TryGetVerb(Words[word], out var verb) && verb.Class == VerbClass.General;

    private int FindOutcomeStart()
    {
        var hasCondition = Words.Any(w => w is "when" or "given" or "if");
        if (!hasCondition)
        {
            return 0;
        }

        for (var i = 0; i < Words.Count; i++)
        {
            if (Words[i] is "then" or "shall" or "must" or "should" or "will")
            {
                return i;
            }
        }

        return 0;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasToken(Func<CriterionToken, bool> predicate)
    {
        foreach (var token in Tokens)
        {
            if (predicate(token))
            {
                return true;
            }
        }

        return false;
    }
}
