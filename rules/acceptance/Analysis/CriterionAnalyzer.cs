using System;
using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>
/// Acceptance 3.0.0's reading of one criterion. A criterion is falsifiable when a third party
/// could decide pass or fail from it, the diff and its test run: it names an observable behaviour
/// of something concrete, with no subjective qualifier and no escape. The analysis looks for the
/// known smells, each with the words that show it:
/// <list type="bullet">
/// <item>no observable behaviour: a vague verb (works, handles, supports), a process step with
/// nothing concrete (reviewed, prioritized), or no verb and nothing concrete at all;</item>
/// <item>no concrete object: "tests pass" without saying which, an unresolvable reference
/// ("the above", "as expected"), an observable verb with only a generic object ("returns an
/// error");</item>
/// <item>a subjective term (gracefully, appropriate, clear), or an amount without a number
/// (limited, enough, large);</item>
/// <item>a loophole or open end (if possible, attempts to, etc., TBD).</item>
/// </list>
/// Purpose clauses ("to minimize image size") are not judged; well-defined technical terms
/// ("cryptographically secure") are not subjective.
/// </summary>
internal static class CriterionAnalyzer
{
    private static readonly HashSet<string> TestNouns = PhraseList.LoadWords("test-nouns.txt");

    private static readonly HashSet<string> PassVerbs = PhraseList.LoadWords("pass-verbs.txt");

    // "Add unit tests", "tests exist", "tests are written": that tests exist says nothing about what they check.
    private static readonly HashSet<string> ExistVerbs = PhraseList.LoadWords("exist-verbs.txt");

    private static readonly HashSet<string> GenericTestWords = PhraseList.LoadWords("generic-test-words.txt");

    private static readonly HashSet<string> GenericObjects = PhraseList.LoadWords("generic-objects.txt");

    private static readonly HashSet<string> SpecificationMarkers = PhraseList.LoadWords("specification-markers.txt");

    private static readonly HashSet<string> ControlNouns = PhraseList.LoadWords("control-nouns.txt");

    private static readonly HashSet<string> Credentials = PhraseList.LoadWords("credentials.txt");

    private static readonly HashSet<string> PerceptionVerbs = PhraseList.LoadWords("perception-verbs.txt");

    private static readonly HashSet<string> FunctionWords = PhraseList.LoadWords("function-words.txt");

    // Results that need an object to be checked: "returns" what, "shows" what.
    private static readonly HashSet<string> TransitiveResults = PhraseList.LoadWords("transitive-results.txt");

    private static readonly HashSet<string> TimeMarkers = PhraseList.LoadWords("time-markers.txt");

    public static IReadOnlyList<CriterionFinding> Analyze(string text) => Analyze(new CriterionShape(text));

    /// <summary>The findings on a criterion already split into its shape.</summary>
    public static IReadOnlyList<CriterionFinding> Analyze(CriterionShape shape)
    {
        var findings = new List<CriterionFinding>();
        var lexicons = Lexicons.Instance;
        var excused = Covered(shape, lexicons.TechnicalTerms);
        var escapes = Covered(shape, lexicons.Loopholes);

        // In a scenario, the condition may say what a user tries to do; only the outcome can have an escape.
        foreach (var (first, count) in lexicons.Loopholes.Find(shape).Concat(lexicons.OpenEnded.Find(shape)))
        {
            if (first >= shape.OutcomeStart && !NamesMarkerKind(shape, first, count))
            {
                Add(findings, shape, FindingKind.OpenEnd, first, count, "leaves the work an escape or an open end");
            }
        }

        // A subjective word qualifies the outcome; in a scenario's condition it describes the user or
        // the setting ("WHEN a user needs immediate help"), which a tester does not have to judge.
        foreach (var (first, count) in lexicons.Subjective.Find(shape))
        {
            var last = first + count - 1;
            if (count == 1 && shape.StartsCompound(first))
            {
                // "fast-forwards", "clear-text": a part of a compound, not the word on its own.
                continue;
            }

            if (first >= shape.OutcomeStart && first >= shape.LeadingInstructionWords && !shape.InAside(first) && !excused[first] && !escapes[first] && !shape.InPurposeClause[first] && !IsExcusedSubjective(shape, first)
                && !shape.IsWrittenAsName(first) && !(IsAdjective(shape.Words[last]) && shape.DefinedByParenthesis(last)))
            {
                Add(findings, shape, FindingKind.Subjective, first, count, "is subjective: a tester cannot decide it");
            }
        }

        if (!shape.HasNumber)
        {
            foreach (var (first, count) in lexicons.UnmeasurableQuantities.Find(shape))
            {
                if ((count == 1 && shape.StartsCompound(first)) || IsAttributiveParticiple(shape, first + count - 1))
                {
                    // "a long-press", "rate-limited requests are logged": naming the input, not a claimed amount.
                    continue;
                }

                if (first >= shape.LeadingInstructionWords && !shape.InPurposeClause[first] && !(first > 0 && shape.Words[first - 1] is "how" or "as") && !shape.DefinedByParenthesis(first + count - 1))
                {
                    Add(findings, shape, FindingKind.Subjective, first, count, "is an amount without a number");
                }
            }
        }

        foreach (var (first, count) in lexicons.UndefinedReferences.Find(shape))
        {
            Add(findings, shape, FindingKind.NoConcreteObject, first, count, "refers to something the criterion does not name");
        }

        TestsPassOnly(shape, findings);
        VagueVerbs(shape, findings);
        ProcessSteps(shape, findings);
        NothingObservable(shape, findings);
        GenericObject(shape, findings);
        return findings;
    }

    // "three TODO comments are found", "FIXME markers": the marker as a kind of thing the product handles.
    private static bool NamesMarkerKind(CriterionShape shape, int first, int count)
    {
        var next = first + count;
        return count == 1 && shape.IsWrittenInCapitals(first) && next < shape.Words.Count && !shape.BreakBefore[next]
            && shape.Words[next] is "comment" or "comments" or "marker" or "markers" or "item" or "items" or "tag" or "tags" or "note" or "notes" or "line" or "lines" or "entries" or "entry";
    }

    // "Throttled requests are logged", "rate limited calls return 429": in the subject, a participle
    // before its noun says which things the criterion is about; "for a limited time" claims an amount.
    private static bool IsAttributiveParticiple(CriterionShape shape, int word)
    {
        var next = word + 1;
        var participle = (CriterionShape.TryGetVerb(shape.Words[word], out var verb) && verb.Form == VerbFormKind.Past) || shape.Words[word].EndsWith("ed", StringComparison.Ordinal);
        return !Enumerable.Range(0, word).Any(k => shape.IsPredicate[k]) && participle
            && next < shape.Words.Count && !shape.BreakBefore[next]
            && shape.Words[next] is not ("is" or "are" or "was" or "were" or "be" or "been" or "has" or "have" or "had" or "by" or "to" or "at" or "in" or "on" or "for" or "with" or "and" or "or" or "when" or "if" or "after");
    }

    // "modern TLS (1.2+)" is defined by its parenthesis; "deep-links correctly (cold start + background)" only lists cases.
    private static bool IsAdjective(string word) => !word.EndsWith("ly", StringComparison.Ordinal);

    private static bool IsExcusedSubjective(CriterionShape shape, int word)
    {
        var words = shape.Words;
        var next = word + 1 < words.Count && !shape.BreakBefore[word + 1] ? words[word + 1] : null;
        switch (words[word])
        {
            case "clear":
                // "clear the cache", "clears all sessions": the verb, not the adjective; "the clear
                // button": the name of a control.
                return next is "the" or "a" or "all" or "any" or "its" or "their" or "out" or "up" || (next is not null && ControlNouns.Contains(next))
                    || (word > 0 && words[word - 1] is "to" or "shall" or "must" or "will" or "should" or "can");
            case "consistent":
                return next == "with";
            case "better":
            case "faster":
            case "slower":
            case "easier":
            case "simpler":
            case "smaller":
            case "larger":
                return next == "than";
            case "correct":
                // "the correct password": the one that matches, which a test knows.
                return next is not null && Credentials.Contains(next);
            case "correctly":
            case "accurately":
            case "accurate":
                return Enumerable.Range(word + 1, 3).Any(k => k < words.Count && SpecificationMarkers.Contains(words[k]));
            case "immediately":
            case "immediate":
            case "instantly":
                return next is not null && TimeMarkers.Contains(next);
            default:
                return false;
        }
    }

    private static void TestsPassOnly(CriterionShape shape, List<CriterionFinding> findings)
    {
        if (shape.NamesArtifact)
        {
            return;
        }

        var words = shape.Words;
        for (var i = Math.Max(0, shape.OutcomeStart); i < words.Count; i++)
        {
            var passes = PassVerbs.Contains(words[i]);
            if ((!passes && !ExistVerbs.Contains(words[i])) || shape.InParentheses(i))
            {
                continue;
            }

            // One named suite near the verb is enough: "the tests in tests/Billing.Tests pass on CI".
            var from = Math.Max(shape.OutcomeStart, i - 4);
            var testNouns = Enumerable.Range(from, Math.Min(words.Count - 1, i + 4) - from + 1).Where(j => j != i && TestNouns.Contains(words[j])).ToList();
            if (testNouns.Count == 0 || (passes && testNouns.Any(j => NamesTheSuite(shape, j))))
            {
                continue;
            }

            var nearest = testNouns[0];
            var first = Math.Min(i, nearest);
            var reason = passes ? "does not say which tests, checked how" : "says that tests exist, not what they check";
            Add(findings, shape, FindingKind.NoConcreteObject, first, Math.Max(i, nearest) - first + 1, reason);
            return;
        }
    }

    // "Kubernetes e2e and conformance tests pass", "liveness and readiness checks": a named suite can be
    // run; "all functional tests pass" cannot be told apart from any other set of tests.
    private static bool NamesTheSuite(CriterionShape shape, int testNoun)
    {
        // "the tests in tests/Billing.Tests", "tests under `pkg/auth`": named by where they live.
        var after = shape.WordTokenIndex[testNoun] + 1;
        if (after + 1 < shape.Tokens.Count && shape.Tokens[after].Lower is "in" or "under" or "from" or "of" && shape.Tokens[after + 1].IsConcrete)
        {
            return true;
        }

        for (var k = testNoun - 1; k >= 0 && !shape.BreakBefore[k + 1]; k--)
        {
            var word = shape.Words[k];
            if (word is "pass" or "passes" or "passing" or "must" or "should" or "shall" or "will" or "be" or "to" or "need" or "needs"
                || word is "by" or "of" or "with" or "in" or "on" or "for" or "from" or "at" || PassVerbs.Contains(word) || ExistVerbs.Contains(word))
            {
                break;
            }

            if (!GenericTestWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static void VagueVerbs(CriterionShape shape, List<CriterionFinding> findings)
    {
        for (var i = 0; i < shape.Words.Count; i++)
        {
            if (i >= shape.LeadingInstructionWords && shape.IsPredicate[i] && !shape.InPurposeClause[i] && !shape.IsNegated(i) && CriterionShape.TryGetVerb(shape.Words[i], out var verb) && verb.Class == VerbClass.Vague
                && !IsExcusedVagueVerb(shape, i, verb.Form))
            {
                Add(findings, shape, FindingKind.NoObservableBehaviour, i, 1, "names no result a test can observe");
            }
        }

        foreach (var (first, count) in Lexicons.Instance.VagueVerbs.Find(shape).Where(m => m.Count > 1))
        {
            if (!shape.InPurposeClause[first])
            {
                Add(findings, shape, FindingKind.NoObservableBehaviour, first, count, "names no result a test can observe");
            }
        }
    }

    private static bool IsExcusedVagueVerb(CriterionShape shape, int word, VerbFormKind form)
    {
        // "WHEN the network works again THEN …": the condition sets the scene; only the outcome is judged.
        if (shape.OutcomeStart > 0 && word < shape.OutcomeStart)
        {
            return true;
        }

        // "handle 10,000 concurrent connections", "improve p95 by 20%": a number says how much (but
        // "works on screens from 320px" still does not say what working is).
        var token = shape.WordTokenIndex[word];
        for (var t = token + 1; t < shape.Tokens.Count && t <= token + 4 && shape.Words[word] is not ("work" or "works" or "worked" or "working"); t++)
        {
            if (shape.Tokens[t].Kind == TokenKind.Number)
            {
                return true;
            }

            if (shape.Tokens[t].Kind == TokenKind.Break)
            {
                break;
            }
        }

        // "works offline: with the network off, opening a note shows its text": the colon says what it means.
        if (ObservableAfterColon(shape, token))
        {
            return true;
        }

        // "Support for HEIC images …", "Support tickets … appear in the queue": a noun that starts the sentence.
        if (form == VerbFormKind.Base && word == shape.LeadingInstructionWords && word + 1 < shape.Words.Count && !shape.BreakBefore[word + 1])
        {
            return shape.Words[word + 1] == "for" || Enumerable.Range(word + 2, shape.Words.Count - word - 2).Any(k => IsMainObservableVerb(shape, k));
        }

        return false;
    }

    // A later observable verb that is not joined to the first word by "and"/"or"/"then" or a comma:
    // the sentence's own verb, so the first word was its subject ("Support tickets … appear …").
    private static bool IsMainObservableVerb(CriterionShape shape, int word) =>
        !shape.BreakBefore[word] && shape.Words[word - 1] is not ("and" or "or" or "then" or "to" or "the" or "a" or "an")
        && CriterionShape.TryGetVerb(shape.Words[word], out var verb) && verb.Class == VerbClass.Observable && verb.Form is VerbFormKind.Base or VerbFormKind.ThirdPerson;

    private static bool ObservableAfterColon(CriterionShape shape, int token)
    {
        var colon = -1;
        for (var t = token + 1; t < shape.Tokens.Count; t++)
        {
            if (shape.Tokens[t].Kind == TokenKind.Break && shape.Tokens[t].Lower == ":")
            {
                colon = t;
                break;
            }
        }

        if (colon < 0)
        {
            return false;
        }

        for (var k = 0; k < shape.Words.Count; k++)
        {
            if (shape.WordTokenIndex[k] > colon && CriterionShape.TryGetVerb(shape.Words[k], out var verb) && verb.Class == VerbClass.Observable && verb.Form != VerbFormKind.Ing)
            {
                return true;
            }
        }

        return false;
    }

    private static void ProcessSteps(CriterionShape shape, List<CriterionFinding> findings)
    {
        if (shape.NamesArtifact)
        {
            return;
        }

        if (ProcessSubject(shape) is { } subject)
        {
            Add(findings, shape, FindingKind.NoObservableBehaviour, subject.First, subject.Count, "is a step of the team's process, not a result of the change");
            return;
        }

        for (var i = shape.OutcomeStart; i < shape.Words.Count; i++)
        {
            // Process steps read as "code reviewed", "issues filed" or an imperative "Review the criteria";
            // "reviews" and "files" are more often plural nouns than verbs.
            if (shape.IsPredicate[i] && CriterionShape.TryGetVerb(shape.Words[i], out var verb) && verb.Class == VerbClass.Process
                && (verb.Form == VerbFormKind.Past || (verb.Form == VerbFormKind.Base && (i == 0 || shape.BreakBefore[i]) && !CriterionShape.IsVerificationVerb(shape.Words[i]))))
            {
                Add(findings, shape, FindingKind.NoObservableBehaviour, i, 1, "is a step of the team's process, not a result of the change");
                return;
            }
        }
    }

    // "Documentation updated", "Code reviewed by two people": a team artefact and a finished step.
    private static (int First, int Count)? ProcessSubject(CriterionShape shape)
    {
        var start = shape.LeadingInstructionWords;
        while (start < shape.Words.Count && shape.Words[start] is "the" or "a" or "an" or "all" or "any")
        {
            start++;
        }

        // "Team agrees with the Definition of Done": what people do. But what a role sees or is sent
        // is the product's behaviour ("Reviewers see a Diff tab"), and what it can do only under a
        // condition is a rule the product enforces ("can approve only when the checks are green").
        var actor = Lexicons.Instance.ProcessActors.Find(shape).FirstOrDefault(m => m.First == start);
        if (actor.Count > 0 && !IsEnforcedPermission(shape, actor.First + actor.Count))
        {
            for (var i = actor.First + actor.Count; i < shape.Words.Count; i++)
            {
                if (shape.IsPredicate[i])
                {
                    if (CriterionShape.TryGetVerb(shape.Words[i], out var perceived) && PerceptionVerbs.Contains(perceived.Base))
                    {
                        break;
                    }

                    return (actor.First, i - actor.First + 1);
                }
            }
        }

        // "… has been accepted by the Team": a step whose agent is the team.
        foreach (var (first, count) in Lexicons.Instance.ProcessActors.Find(shape))
        {
            if (first >= 2 && shape.Words[first - 1] == "by" && CriterionShape.TryGetVerb(shape.Words[first - 2], out var done) && done.Form == VerbFormKind.Past)
            {
                return (first - 2, count + 2);
            }
        }

        // "Documentation updated" is a step; "the audit log records …", "the review screen shows …",
        // "code coverage of src/ is …" name a part of the product that the process word only qualifies.
        var subject = Lexicons.Instance.ProcessSubjects.Find(shape).FirstOrDefault(m => m.First == start);
        var afterSubject = subject.First + subject.Count;
        if (subject.Count == 0 || (afterSubject < shape.Words.Count && !shape.BreakBefore[afterSubject] && IsNounModified(shape, afterSubject)))
        {
            return null;
        }

        for (var i = subject.First + subject.Count; i < shape.Words.Count; i++)
        {
            if (shape.IsPredicate[i] && CriterionShape.TryGetVerb(shape.Words[i], out var verb) && verb.Form == VerbFormKind.Past)
            {
                var first = subject.First;
                return (first, i - first + 1);
            }
        }

        return null;
    }

    // "can approve a pull request only when …", "cannot merge unless …": a permission the product enforces.
    private static bool IsEnforcedPermission(CriterionShape shape, int from)
    {
        if (from >= shape.Words.Count || shape.Words[from] is not ("can" or "cannot" or "can't" or "may"))
        {
            return false;
        }

        for (var i = from + 1; i + 1 < shape.Words.Count; i++)
        {
            if ((shape.Words[i] == "only" && shape.Words[i + 1] is "when" or "if" or "after" or "once" or "while") || shape.Words[i] == "unless")
            {
                return true;
            }
        }

        return false;
    }

    // The word after a process word is a noun it modifies ("audit log", "review screen"), not a verb.
    private static bool IsNounModified(CriterionShape shape, int word) =>
        !shape.IsPredicate[word] && shape.Words[word] is not ("is" or "are" or "was" or "were" or "has" or "have" or "and" or "or" or "for" or "of" or "by" or "to" or "in" or "on");

    // Only when nothing else was found: a criterion already shown vague needs no second reason.
    private static void NothingObservable(CriterionShape shape, List<CriterionFinding> findings)
    {
        if (findings.Count > 0)
        {
            return;
        }

        var hasPredicate = shape.HasVerbEvidence();
        var hasState = Lexicons.Instance.ObservableStates.Find(shape).Any()
            || (shape.Words.Count > 0 && shape.Words[0] is "no" or "zero" or "none");
        var measurable = shape.HasNumber || shape.HasComparison || shape.NamesArtifact;
        // "p99 < 200 ms" and "Images under 5MB" are short and complete; "AC 1" or "Zero downtime" is
        // not: a bare number, without a unit or a comparison, bounds nothing.
        var tooShort = shape.Words.Count < 3 && !shape.HasComparison && !shape.HasQuantity && !shape.NamesArtifact && !shape.HasIdentifier && !hasPredicate;

        // "the the the", "Given … When … Then" with nothing in between: no word that names anything.
        var noContent = !shape.HasConcreteAnchor && !measurable && shape.Words.All(w => FunctionWords.Contains(w));

        // A feature list item ("Daily low stock summary") can be checked as it stands; one that names
        // only a capability or a quality ("Error handling for failed requests", "Mode support") cannot.
        var abstractItem = !hasPredicate && !hasState && !measurable
            && (Lexicons.Instance.VagueNouns.Find(shape).Any() || HeadIsActivity(shape));
        if (tooShort || noContent || abstractItem)
        {
            findings.Add(new CriterionFinding(FindingKind.NoObservableBehaviour, 0, shape.Text.Length, shape.Text, tooShort || noContent ? "is too short to name a behaviour" : "names a capability or a quality, not a behaviour"));
        }
    }

    // "Local caching (CoreData for iOS)", "Structured logging": an activity named by a gerund, with no result.
    private static bool HeadIsActivity(CriterionShape shape)
    {
        var head = 0;
        while (head + 1 < shape.Words.Count && !shape.BreakBefore[head + 1])
        {
            head++;
        }

        return shape.Words.Count > 0 && CriterionShape.TryGetVerb(shape.Words[head], out var verb) && verb.Form == VerbFormKind.Ing;
    }

    private static void GenericObject(CriterionShape shape, List<CriterionFinding> findings)
    {
        if (shape.HasConcreteAnchor || shape.HasComparison || findings.Count > 0)
        {
            return;
        }

        var predicates = Enumerable.Range(0, shape.Words.Count).Where(i => shape.IsPredicate[i]).ToList();
        if (predicates.Count != 1 || !CriterionShape.TryGetVerb(shape.Words[predicates[0]], out var verb) || verb.Class != VerbClass.Observable)
        {
            return;
        }

        // "The endpoint returns an error": a result with nothing that says which, when or for what input.
        var rest = shape.Words.Skip(predicates[0] + 1).Where(w => w is not ("with" or "an" or "a")).ToList();
        var conditions = shape.Words.Any(w => w is "when" or "if" or "given" or "after" or "before" or "unless" or "for" or "on" or "without" or "while" or "once");
        var objectMissing = rest.Count == 0 && TransitiveResults.Contains(verb.Base);
        if (((rest.Count > 0 && rest.All(GenericObjects.Contains)) || objectMissing) && !conditions)
        {
            var (start, length) = shape.SpanOfWords(predicates[0], shape.Words.Count - predicates[0]);
            findings.Add(new CriterionFinding(FindingKind.NoConcreteObject, start, length, shape.Text.Substring(start, length), "names no concrete object, value or condition"));
        }
    }

    private static bool[] Covered(CriterionShape shape, PhraseList list)
    {
        var covered = new bool[shape.Words.Count];
        foreach (var (first, count) in list.Find(shape))
        {
            for (var k = first; k < first + count; k++)
            {
                covered[k] = true;
            }
        }

        return covered;
    }

    private static void Add(List<CriterionFinding> findings, CriterionShape shape, FindingKind kind, int first, int count, string reason)
    {
        var (start, length) = shape.SpanOfWords(first, count);
        if (findings.Any(f => f.Kind == kind && f.Start == start))
        {
            return;
        }

        findings.Add(new CriterionFinding(kind, start, length, shape.Text.Substring(start, length), reason));
    }
}
