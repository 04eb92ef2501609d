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

    private static readonly HashSet<string> PassVerbs = new(StringComparer.Ordinal) { "pass", "passes", "passing", "passed", "green", "succeed", "succeeds", "cover", "covers", "covered" };

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

        foreach (var (first, count) in lexicons.Loopholes.Find(shape.Words, shape.BreakBefore).Concat(lexicons.OpenEnded.Find(shape.Words, shape.BreakBefore)))
        {
            Add(findings, shape, FindingKind.OpenEnd, first, count, "leaves the work an escape or an open end");
        }

        foreach (var (first, count) in lexicons.Subjective.Find(shape.Words, shape.BreakBefore))
        {
            if (!excused[first] && !escapes[first] && !shape.InPurposeClause[first] && !IsExcusedSubjective(shape, first))
            {
                Add(findings, shape, FindingKind.Subjective, first, count, "is subjective: a tester cannot decide it");
            }
        }

        if (!shape.HasNumber)
        {
            foreach (var (first, count) in lexicons.UnmeasurableQuantities.Find(shape.Words, shape.BreakBefore))
            {
                if (!shape.InPurposeClause[first] && !(first > 0 && shape.Words[first - 1] is "how" or "as"))
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
            if (!PassVerbs.Contains(words[i]))
            {
                continue;
            }

            for (var j = Math.Max(shape.OutcomeStart, i - 4); j <= Math.Min(words.Count - 1, i + 4); j++)
            {
                if (j != i && TestNouns.Contains(words[j]))
                {
                    var first = Math.Min(i, j);
                    Add(findings, shape, FindingKind.NoConcreteObject, first, Math.Max(i, j) - first + 1, "does not say which tests, checked how");
                    return;
                }
            }
        }
    }

    private static void VagueVerbs(CriterionShape shape, List<CriterionFinding> findings)
    {
        for (var i = 0; i < shape.Words.Count; i++)
        {
            if (shape.IsPredicate[i] && !shape.InPurposeClause[i] && CriterionShape.TryGetVerb(shape.Words[i], out var verb) && verb.Class == VerbClass.Vague && !shape.ConcreteFollows(i, 4))
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
        if (shape.HasConcreteAnchor)
        {
            return;
        }

        for (var i = 0; i < shape.Words.Count; i++)
        {
            // Process steps read as "code reviewed", "issues filed" or an imperative "Review the criteria";
            // "reviews" and "files" are more often plural nouns than verbs.
            if (shape.IsPredicate[i] && CriterionShape.TryGetVerb(shape.Words[i], out var verb) && verb.Class == VerbClass.Process
                && (verb.Form == VerbFormKind.Past || (verb.Form == VerbFormKind.Base && (i == 0 || shape.BreakBefore[i]))))
            {
                Add(findings, shape, FindingKind.NoObservableBehaviour, i, 1, "is a step of the team's process, not a result of the change");
                return;
            }
        }
    }

    private static void NothingObservable(CriterionShape shape, List<CriterionFinding> findings)
    {
        if (findings.Any(f => f.Kind == FindingKind.NoObservableBehaviour))
        {
            return;
        }

        var hasPredicate = shape.HasVerbEvidence();
        var hasState = Lexicons.Instance.ObservableStates.Find(shape.Words, shape.BreakBefore).Any();
        var wordCount = shape.Words.Count;
        var tooShort = wordCount < 3 && !shape.NamesArtifact && !hasPredicate;
        var bare = !hasPredicate && !hasState && !shape.HasConcreteAnchor && !shape.HasComparison;
        if (tooShort || bare)
        {
            findings.Add(new CriterionFinding(FindingKind.NoObservableBehaviour, 0, shape.Text.Length, shape.Text, tooShort ? "is too short to name a behaviour" : "names no action or result"));
        }
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

        var rest = shape.Words.Skip(predicates[0] + 1).Where(w => w is not ("with" or "an" or "a")).ToList();
        if (rest.All(GenericObjects.Contains) && shape.Words.Take(predicates[0]).All(w => w is "it" or "the" or "system" or "api" or "app" or "service" or "server" or "tool"))
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
