using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Rules.Acceptance.Analysis;

namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>
/// The smells: what 3.0.0 reports (vague verbs, process steps, tests without content, unnamed
/// objects, subjective terms, open ends) and what it misses (a capability with no result, a
/// feeling or business goal, a reference to an unstated policy, a process artefact, a manner or a
/// comparison with no reference). Each is evidence against the criterion, and the explanation of a
/// vague verdict when it decides one.
/// </summary>
internal static class SmellSignals
{
    private static readonly HashSet<string> TestNouns = new(StringComparer.Ordinal) { "test", "tests", "testing", "spec", "specs", "coverage" };

    /// <summary>
    /// The prefix of the smells that decide a verdict by themselves: an escape or open end, an open
    /// question, an instruction to the worker with no result named, and a capability, a process step
    /// or a policy in a criterion that names no result and nothing concrete at all. The model does not
    /// learn their weight; it is fixed (see the trainer), because each is a form the rubric names as
    /// vague outright.
    /// </summary>
    public const string Rule = "smell:rule:";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> ReasonKeys = new(StringComparer.Ordinal);

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "shall", "should", "must", "will", "can", "could", "may", "to" };

    public static void Read(SignalSink sink)
    {
        var shape = sink.Shape;
        foreach (var finding in CriterionAnalyzer.Analyze(shape))
        {
            var kind = finding.Kind switch
            {
                FindingKind.NoObservableBehaviour => SignalKind.NoBehaviour,
                FindingKind.NoConcreteObject => SignalKind.NoObject,
                FindingKind.Subjective => SignalKind.Subjective,
                _ => SignalKind.OpenEnd,
            };
            // An escape or an open end ("if possible", "etc.", "TBD") is vague by the rubric's letter.
            var name = kind == SignalKind.OpenEnd ? Rule + "open" : FeatureNames.Of("smell:" + Key(kind) + ":", ReasonKey(finding.Reason));
            sink.Add(new Signal(LexiconTerm(finding.Term) is { } term ? FeatureNames.Of(FeatureNames.Of(name, "/"), term) : name, finding.Start, finding.Length, kind, finding.Reason));
        }

        var bare = !sink.HasResult && !sink.HasAnchor;
        Capabilities(sink, shape, bare);
        Phrases(sink, shape, EvidenceLexicons.Instance.BusinessOutcomes, "smell:business", SignalKind.NoBehaviour, "names a feeling or a business goal, not a behaviour of the change");
        Phrases(sink, shape, EvidenceLexicons.Instance.PolicyReferences, sink.HasAnchor ? "smell:policy" : Rule + "policy", SignalKind.NoObject, "defers to a policy, list or term the criterion does not state");
        ProcessArtefacts(sink, shape);
        var instruction = sink.Signals.FindIndex(g => g.Name == "form:imperative");
        if (!sink.HasResult && instruction >= 0)
        {
            // "Update the importer to use the new storage", "Run the migration script": what the
            // worker should do, with no result named that shows it was done right.
            var verb = sink.Signals[instruction];
            sink.Add(new Signal(Rule + "instruction", verb.Start, verb.Length, SignalKind.NoBehaviour, "is an instruction to the worker, not a result a tester can observe"));
        }

        if (bare && !sink.HasVerbEvidence)
        {
            // "The reply to the support team", "Export improvements": no verb, no value, no name.
            sink.Add(new Signal(Rule + "nothing", 0, shape.Text.Length, SignalKind.NoBehaviour, "names neither an action nor anything concrete a tester could check"));
        }

        Phrases(sink, shape, EvidenceLexicons.Instance.MannerWords, "smell:manner", SignalKind.Subjective, "judges how well, against no stated reference");
        Phrases(sink, shape, Lexicons.Instance.VagueNouns, "smell:quality-noun", SignalKind.NoBehaviour, "names a quality or a capability, not a behaviour");
        Phrases(sink, shape, EvidenceLexicons.Instance.OpenQuestions, Rule + "open-question", SignalKind.OpenEnd, "marks a question the criterion leaves open", anywhere: true);
        UserStudies(sink, shape);
        Qualifiers(sink, shape);
        AbstractObjects(sink, shape);
        Dangling(sink, shape);
        Tests(sink, shape);
    }

    // "display an appropriate message", "show key information", "return a descriptive error": an
    // adjective on what a tester must check, after the result's verb (before it, it names the input).
    private static void Qualifiers(SignalSink sink, CriterionShape shape)
    {
        var firstResult = FirstOutcomePredicate(shape);
        foreach (var (first, count) in EvidenceLexicons.Instance.UndefinedQualifiers.Find(shape))
        {
            var next = first + count < shape.Words.Count ? shape.Words[first + count] : null;
            var onTheResult = firstResult < 0 ? !sink.HasVerbEvidence : first > firstResult;
            if (onTheResult && first >= shape.OutcomeStart && !shape.InPurposeClause[first] && !shape.StartsCompound(first) && next is not ("than" or "as")
                && !shape.DefinedByParenthesis(first + count - 1))
            {
                sink.AddWords(Term("smell:qualifier", shape, first, count), SignalKind.Subjective, first, count, "leaves its meaning to a definition the criterion does not give");
            }
        }
    }

    // "the signing key is set up", "run the linter": a step of the team's work. With nothing concrete
    // in the criterion and no result apart from the step's own verb, it decides the verdict.
    private static void ProcessArtefacts(SignalSink sink, CriterionShape shape)
    {
        foreach (var (first, count) in EvidenceLexicons.Instance.ProcessArtefacts.Find(shape))
        {
            if (first < shape.OutcomeStart || shape.InPurposeClause[first] || shape.StartsCompound(first))
            {
                continue;
            }

            var bare = !sink.HasAnchor && !sink.HasResultOutside(first, count);
            sink.AddWords(Term(bare ? Rule + "process" : "smell:process", shape, first, count), SignalKind.NoBehaviour, first, count, "is a step of the team's work, not a result of the change");
        }
    }

    // "extract transaction information", "display statistics": the result's verb acts on a kind of
    // thing, and nothing concrete follows to say which.
    private static void AbstractObjects(SignalSink sink, CriterionShape shape)
    {
        var verb = FirstOutcomePredicate(shape);
        if (verb < 0)
        {
            return;
        }

        for (var k = verb + 1; k < shape.Words.Count && k <= verb + 5; k++)
        {
            if (shape.BreakBefore[k] && k > verb + 1)
            {
                return;
            }

            if (EvidenceLexicons.Instance.AbstractNouns.ContainsWord(shape.Words[k]) && !shape.ConcreteFollows(k, 3) && !shape.DefinedByParenthesis(k))
            {
                sink.AddWords(Term("smell:abstract-object", shape, k, 1), SignalKind.NoObject, k, 1, "names a kind of thing, not the one a tester checks");
                return;
            }
        }
    }

    // "Then stdout is", "the following payments:": the expected content is not in the criterion.
    private static void Dangling(SignalSink sink, CriterionShape shape)
    {
        var words = shape.Words;
        for (var i = shape.OutcomeStart; i + 1 < words.Count; i++)
        {
            if ((words[i] == "the" && words[i + 1] == "following") || (words[i] == "as" && words[i + 1] == "follows"))
            {
                sink.AddWords("smell:dangling", SignalKind.NoObject, i, 2, "points at content the criterion does not include");
                return;
            }
        }

        var last = shape.Tokens.Count - 1;
        while (last >= 0 && shape.Tokens[last].Kind == TokenKind.Break && shape.Tokens[last].Lower is "." or ")")
        {
            last--;
        }

        if (last >= 0 && words.Count > 1 && (shape.Tokens[last].Lower == ":" || (shape.Tokens[last].Kind == TokenKind.Word && shape.Tokens[last].Lower is "is" or "are" or "be" or "contains" or "equals" or "to" or "with" or "of")))
        {
            var word = words.Count - 1;
            sink.AddWords("smell:dangling", SignalKind.NoObject, word, 1, "points at content the criterion does not include");
        }
    }

    /// <summary>The first verb of the outcome used as a predicate, or -1.</summary>
    internal static int FirstOutcomePredicate(CriterionShape shape)
    {
        for (var i = Math.Max(shape.OutcomeStart, shape.LeadingInstructionWords); i < shape.Words.Count; i++)
        {
            if (shape.IsPredicate[i] && !shape.InPurposeClause[i] && shape.Words[i] is not ("shall" or "should" or "must" or "will" or "can" or "may" or "then"))
            {
                return i;
            }
        }

        return -1;
    }

    // "shall allow editing", "is able to support", "lets users export": what the product makes
    // possible. Judged in the outcome only; a purpose clause is not judged.
    private static void Capabilities(SignalSink sink, CriterionShape shape, bool bare)
    {
        foreach (var (first, count) in EvidenceLexicons.Instance.CapabilityVerbs.Find(shape))
        {
            if (first < shape.OutcomeStart || shape.InPurposeClause[first])
            {
                continue;
            }

            var modal = first > 0 && Modals.Contains(shape.Words[first - 1]);
            var name = bare && (modal || shape.IsPredicate[first]) ? Rule + "capability"
                : modal ? "smell:capability-modal" : shape.IsPredicate[first] || count > 1 ? "smell:capability" : "smell:capability-word";
            sink.AddWords(Term(name, shape, first, count), SignalKind.NoBehaviour, first, count, "states a capability, not a result a tester can observe");
        }

        for (var i = 0; i + 1 < shape.Words.Count; i++)
        {
            // "can be configured", "could be exported": a possibility, not an outcome.
            if (shape.Words[i] is "can" or "could" or "may" && shape.Words[i + 1] == "be" && i + 2 < shape.Words.Count
                && CriterionShape.TryGetVerb(shape.Words[i + 2], out var verb) && verb.Form == VerbFormKind.Past)
            {
                sink.AddWords("smell:possibility", SignalKind.NoBehaviour, i, 3, "states a possibility, not a result a tester can observe");
            }
        }
    }

    // "with tests", "there are tests for paging", "tests are added", "test coverage": tests named
    // without what they check. A named suite, a command or a number is concrete; "test data", "a
    // test environment" or "Integration test: GET … returns 404" are not claims about tests.
    private static void Tests(SignalSink sink, CriterionShape shape)
    {
        var words = shape.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (!TestNouns.Contains(words[i]) || shape.ConcreteFollows(i, 3) || NearConcrete(shape, i) || shape.HasNumber)
            {
                continue;
            }

            var next = i + 1 < words.Count && !shape.BreakBefore[i + 1] ? words[i + 1] : null;
            var previous = i > 0 && !shape.BreakBefore[i] ? words[i - 1] : null;
            var named = previous is "with" or "add" or "adds" or "added" or "write" or "writes" or "has" or "have" or "include" or "includes" or "are" or "unit" or "integration" or "e2e"
                || next is "for" or "exist" or "exists" or "added" or "written" or "cover" or "covers" or "pass" or "passes" or "passing" or "are";
            if (named && !(next is "data" or "environment" or "application" or "app" or "user" or "users" or "account" or "accounts" or "mode" or "server" or "cluster" or "database"))
            {
                sink.AddWords("smell:tests", SignalKind.NoObject, i, 1, "names tests without saying what they check");
                return;
            }
        }
    }

    // "90% of first-time visitors can locate …": a share of people, which a study decides, not a test of the change.
    private static void UserStudies(SignalSink sink, CriterionShape shape)
    {
        if (!shape.Tokens.Any(t => t.Lower == "%"))
        {
            return;
        }

        foreach (var (first, count) in EvidenceLexicons.Instance.HumanSubjects.Find(shape))
        {
            sink.AddWords("smell:user-study", SignalKind.NoBehaviour, first, count, "measures what people do or think, which a study decides, not a test of the change");
            return;
        }
    }

    private static bool NearConcrete(CriterionShape shape, int word)
    {
        var token = shape.WordTokenIndex[word];
        for (var t = Math.Max(0, token - 3); t < token; t++)
        {
            if (shape.Tokens[t].Kind is TokenKind.Code or TokenKind.Path or TokenKind.Identifier or TokenKind.Quoted)
            {
                return true;
            }
        }

        return false;
    }

    // Each term of a list is a feature of its own ("smell:manner/successfully"), so that the model
    // weighs every word by how often it really leaves a criterion undecidable; a term the model has
    // no weight for takes its list's weight.
    private static void Phrases(SignalSink sink, CriterionShape shape, PhraseList list, string name, SignalKind kind, string reason, bool anywhere = false)
    {
        foreach (var (first, count) in list.Find(shape))
        {
            if ((anywhere || first >= shape.OutcomeStart) && !shape.InPurposeClause[first] && !shape.StartsCompound(first))
            {
                sink.AddWords(Term(name, shape, first, count), kind, first, count, reason);
            }
        }
    }

    // A finding's words name a feature of their own only when they are a word or an entry of one of
    // 3.0.0's lists ("gracefully", "maintain the same"); longer spans of a criterion's own text
    // ("code, including unit tests,") never become feature names.
    private static string? LexiconTerm(string words)
    {
        var parts = words.ToLowerInvariant().Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => !p.All(char.IsLetter)))
        {
            return null;
        }

        var joined = string.Join(" ", parts);
        return parts.Length == 1 || Lexicons.Instance.IsEntry(joined) ? string.Join("-", parts) : null;
    }

    /// <summary>The feature name of one term of a list: the list's name, a slash, the term's words joined by hyphens.</summary>
    internal static string Term(string name, CriterionShape shape, int first, int count) =>
        FeatureNames.Of(FeatureNames.Of(name, "/"), count == 1 ? shape.Words[first] : string.Join("-", Enumerable.Range(first, count).Select(k => shape.Words[k])));

    private static string Key(SignalKind kind) => kind switch
    {
        SignalKind.NoBehaviour => "behaviour",
        SignalKind.NoObject => "object",
        SignalKind.Subjective => "subjective",
        _ => "open",
    };

    // 3.0.0's reasons (a few fixed sentences), shortened once into a stable feature name
    // ("is a step of the team's process" -> "step-result").
    private static string ReasonKey(string reason) =>
        ReasonKeys.GetOrAdd(reason, r => string.Join("-", r.Split(' ').Where(w => w.Length > 3 && w.All(char.IsLetter)).Take(2)));
}
