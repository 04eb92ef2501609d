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
    private static readonly HashSet<string> TestNouns = new(StringComparer.Ordinal) { "test", "tests", "suite", "suites", "spec", "specs", "check", "checks", "ci", "pipeline", "build", "builds" };

    private static readonly HashSet<string> PassVerbs = new(StringComparer.Ordinal) { "pass", "passes", "passing", "passed", "green", "succeed", "succeeds", "successful", "cover", "covers", "covered" };

    // "Add unit tests", "tests exist", "tests are written": that tests exist says nothing about what they check.
    private static readonly HashSet<string> ExistVerbs = new(StringComparer.Ordinal) { "add", "adds", "added", "write", "writes", "written", "exist", "exists", "create", "creates", "created" };

    private static readonly HashSet<string> GenericTestWords = new(StringComparer.Ordinal)
    {
        "all", "the", "a", "an", "existing", "current", "new", "old", "unit", "integration", "functional", "parity", "regression", "relevant", "automated",
        "related", "other", "any", "our", "its", "their", "these", "those", "added", "written", "smoke", "acceptance", "manual", "ui", "api", "test", "and", "or",
        "e2e", "end", "to", "ci", "build", "required", "appropriate", "necessary", "every", "each", "remaining", "affected", "updated",
    };

    private static readonly HashSet<string> GenericObjects = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "some", "any", "error", "errors", "message", "messages", "something", "anything", "value", "values", "data", "result", "results",
        "output", "exception", "it", "them", "response", "warning", "warnings", "correct", "right", "expected", "proper",
    };

    private static readonly HashSet<string> SpecificationMarkers = new(StringComparer.Ordinal) { "as", "from", "using", "per", "according", "against", "matching", "to" };

    private static readonly HashSet<string> TimeMarkers = new(StringComparer.Ordinal) { "after", "before", "following", "when", "once", "upon", "on" };

    public static IReadOnlyList<CriterionFinding> Analyze(string text)
    {
        var shape = new CriterionShape(text);
        var findings = new List<CriterionFinding>();
        var lexicons = Lexicons.Instance;
        var excused = Covered(shape, lexicons.TechnicalTerms);
        var escapes = Covered(shape, lexicons.Loopholes);

        // In a scenario, the condition may say what a user tries to do; only the outcome can have an escape.
        foreach (var (first, count) in lexicons.Loopholes.Find(shape.Words, shape.BreakBefore).Concat(lexicons.OpenEnded.Find(shape.Words, shape.BreakBefore)))
        {
            if (first >= shape.OutcomeStart)
            {
                Add(findings, shape, FindingKind.OpenEnd, first, count, "leaves the work an escape or an open end");
            }
        }

        // A subjective word qualifies the outcome; in a scenario's condition it describes the user or
        // the setting ("WHEN a user needs immediate help"), which a tester does not have to judge.
        foreach (var (first, count) in lexicons.Subjective.Find(shape.Words, shape.BreakBefore))
        {
            var last = first + count - 1;
            if (first >= shape.OutcomeStart && first >= shape.LeadingInstructionWords && !shape.InParentheses(first) && !excused[first] && !escapes[first] && !shape.InPurposeClause[first] && !IsExcusedSubjective(shape, first)
                && !shape.IsWrittenAsName(first) && !(IsAdjective(shape.Words[last]) && shape.DefinedByParenthesis(last)))
            {
                Add(findings, shape, FindingKind.Subjective, first, count, "is subjective: a tester cannot decide it");
            }
        }

        if (!shape.HasNumber)
        {
            foreach (var (first, count) in lexicons.UnmeasurableQuantities.Find(shape.Words, shape.BreakBefore))
            {
                if (first >= shape.LeadingInstructionWords && !shape.InPurposeClause[first] && !(first > 0 && shape.Words[first - 1] is "how" or "as") && !shape.DefinedByParenthesis(first + count - 1))
                {
                    Add(findings, shape, FindingKind.Subjective, first, count, "is an amount without a number");
                }
            }
        }

        foreach (var (first, count) in lexicons.UndefinedReferences.Find(shape.Words, shape.BreakBefore))
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

    // "modern TLS (1.2+)" is defined by its parenthesis; "deep-links correctly (cold start + background)" only lists cases.
    private static bool IsAdjective(string word) => !word.EndsWith("ly", StringComparison.Ordinal);

    private static bool IsExcusedSubjective(CriterionShape shape, int word)
    {
        var words = shape.Words;
        var next = word + 1 < words.Count && !shape.BreakBefore[word + 1] ? words[word + 1] : null;
        switch (words[word])
        {
            case "clear":
                // "clear the cache", "clears all sessions": the verb, not the adjective.
                return next is "the" or "a" or "all" or "any" or "its" or "their" or "out" or "up" || (word > 0 && words[word - 1] is "to" or "shall" or "must" or "will" or "should" or "can");
            case "consistent":
                return next == "with";
            case "better":
            case "faster":
                return next == "than";
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

            for (var j = Math.Max(shape.OutcomeStart, i - 4); j <= Math.Min(words.Count - 1, i + 4); j++)
            {
                if (j != i && TestNouns.Contains(words[j]) && !(passes && NamesTheSuite(shape, j)))
                {
                    var first = Math.Min(i, j);
                    var reason = passes ? "does not say which tests, checked how" : "says that tests exist, not what they check";
                    Add(findings, shape, FindingKind.NoConcreteObject, first, Math.Max(i, j) - first + 1, reason);
                    return;
                }
            }
        }
    }

    // "Kubernetes e2e and conformance tests pass", "liveness and readiness checks": a named suite can be
    // run; "all functional tests pass" cannot be told apart from any other set of tests.
    private static bool NamesTheSuite(CriterionShape shape, int testNoun)
    {
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
            if (i >= shape.LeadingInstructionWords && shape.IsPredicate[i] && !shape.InPurposeClause[i] && !shape.IsNegated(i) && CriterionShape.TryGetVerb(shape.Words[i], out var verb) && verb.Class == VerbClass.Vague)
            {
                Add(findings, shape, FindingKind.NoObservableBehaviour, i, 1, "names no result a test can observe");
            }
        }

        foreach (var (first, count) in Lexicons.Instance.VagueVerbs.Find(shape.Words, shape.BreakBefore).Where(m => m.Count > 1))
        {
            if (!shape.InPurposeClause[first])
            {
                Add(findings, shape, FindingKind.NoObservableBehaviour, first, count, "names no result a test can observe");
            }
        }
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

        // "Team agrees with the Definition of Done": what people do, whatever the verb.
        var actor = Lexicons.Instance.ProcessActors.Find(shape.Words, shape.BreakBefore).FirstOrDefault(m => m.First == start);
        if (actor.Count > 0)
        {
            for (var i = actor.First + actor.Count; i < shape.Words.Count; i++)
            {
                if (shape.IsPredicate[i])
                {
                    return (actor.First, i - actor.First + 1);
                }
            }
        }

        // "… has been accepted by the Team": a step whose agent is the team.
        foreach (var (first, count) in Lexicons.Instance.ProcessActors.Find(shape.Words, shape.BreakBefore))
        {
            if (first >= 2 && shape.Words[first - 1] == "by" && CriterionShape.TryGetVerb(shape.Words[first - 2], out var done) && done.Form == VerbFormKind.Past)
            {
                return (first - 2, count + 2);
            }
        }

        var subject = Lexicons.Instance.ProcessSubjects.Find(shape.Words, shape.BreakBefore).FirstOrDefault(m => m.First == start);
        if (subject.Count == 0)
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

    // Only when nothing else was found: a criterion already shown vague needs no second reason.
    private static void NothingObservable(CriterionShape shape, List<CriterionFinding> findings)
    {
        if (findings.Count > 0)
        {
            return;
        }

        var hasPredicate = shape.HasVerbEvidence();
        var hasState = Lexicons.Instance.ObservableStates.Find(shape.Words, shape.BreakBefore).Any()
            || (shape.Words.Count > 0 && shape.Words[0] is "no" or "zero" or "none");
        var measurable = shape.HasNumber || shape.HasComparison || shape.NamesArtifact;
        var tooShort = shape.Words.Count < 3 && !shape.NamesArtifact && !shape.HasIdentifier && !hasPredicate;

        // A feature list item ("Daily low stock summary") can be checked as it stands; one that names
        // only a capability or a quality ("Error handling for failed requests", "Mode support") cannot.
        var abstractItem = !hasPredicate && !hasState && !measurable
            && (Lexicons.Instance.VagueNouns.Find(shape.Words, shape.BreakBefore).Any() || HeadIsActivity(shape));
        if (tooShort || abstractItem)
        {
            findings.Add(new CriterionFinding(FindingKind.NoObservableBehaviour, 0, shape.Text.Length, shape.Text, tooShort ? "is too short to name a behaviour" : "names a capability or a quality, not a behaviour"));
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
        if (rest.Count > 0 && rest.All(GenericObjects.Contains) && !conditions)
        {
            var (start, length) = shape.SpanOfWords(predicates[0], shape.Words.Count - predicates[0]);
            findings.Add(new CriterionFinding(FindingKind.NoConcreteObject, start, length, shape.Text.Substring(start, length), "names no concrete object, value or condition"));
        }
    }

    private static bool[] Covered(CriterionShape shape, PhraseList list)
    {
        var covered = new bool[shape.Words.Count];
        foreach (var (first, count) in list.Find(shape.Words, shape.BreakBefore))
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
