using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tamer.Spec.Rules.Acceptance.Analysis;

namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>
/// Positive evidence of a result a tester can observe: a status or exit code, a bound with a unit,
/// a quoted value, code, a path, a comparison, an observable verb with an object, a checkable state,
/// or an element a tester can point at.
/// </summary>
internal static class ResultSignals
{
    private static readonly HashSet<string> StatusContext = new(StringComparer.Ordinal)
    {
        "status", "http", "code", "return", "returns", "returned", "respond", "responds", "responded", "response", "with", "gets", "receive", "receives", "answer", "answers", "error",
    };

    private static readonly HashSet<string> BoundWords = new(StringComparer.Ordinal)
    {
        "most", "least", "within", "under", "below", "above", "over", "exactly", "maximum", "minimum", "max", "min", "than", "up", "between", "after", "every", "per", "last", "first", "top",
    };

    private static readonly HashSet<string> EqualityWords = new(StringComparer.Ordinal)
    {
        "equals", "equal", "identical", "same", "unchanged", "matches", "match", "set", "contains", "contain", "includes", "include", "lists", "list", "reads", "shows", "displays", "prints",
    };

    private static readonly HashSet<string> NegativeDeterminers = new(StringComparer.Ordinal) { "no", "never", "none", "zero", "nothing", "neither", "nor" };

    public static void Read(SignalSink sink)
    {
        var shape = sink.Shape;
        ReadTokens(sink, shape);
        ReadVerbs(sink, shape);
        ReadStates(sink, shape);
    }

    private static void ReadTokens(SignalSink sink, CriterionShape shape)
    {
        var tokens = shape.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (shape.IsExampleToken[i])
            {
                continue;
            }

            switch (token.Kind)
            {
                case TokenKind.Number:
                    ReadNumber(sink, shape, i);
                    break;
                case TokenKind.Code:
                    sink.AddToken("result:code", SignalKind.Result, i);
                    break;
                case TokenKind.Quoted:
                    sink.AddToken("result:quoted", SignalKind.Result, i);
                    break;
                case TokenKind.Path:
                    sink.AddToken(LooksLikeRoute(token.Lower) ? "result:route" : "result:path", SignalKind.Result, i);
                    break;
                case TokenKind.Symbol:
                    sink.AddToken(token.Lower == "%" ? "result:percent" : "result:comparison", SignalKind.Result, i);
                    break;
            }
        }
    }

    private static void ReadNumber(SignalSink sink, CriterionShape shape, int index)
    {
        var tokens = shape.Tokens;
        var token = tokens[index];
        if (token.Lower.Length == 3 && int.TryParse(token.Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 100 and < 600
            && Near(tokens, index, 3, t => StatusContext.Contains(t.Lower)))
        {
            sink.AddToken("result:status", SignalKind.Result, index);
            return;
        }

        if (index > 0 && tokens[index - 1].Lower is "exit" or "code" or "status")
        {
            sink.AddToken("result:exit", SignalKind.Result, index);
            return;
        }

        var unit = token.Lower.Any(char.IsLetter)
            || (index + 1 < tokens.Count && (tokens[index + 1].Kind == TokenKind.Word || tokens[index + 1].Lower == "%"));
        var bounded = index > 0 && (BoundWords.Contains(tokens[index - 1].Lower) || tokens[index - 1].Kind == TokenKind.Symbol);
        sink.AddToken(bounded ? "result:bound" : unit ? "result:quantity" : "result:number", SignalKind.Result, index);
    }

    private static void ReadVerbs(SignalSink sink, CriterionShape shape)
    {
        var words = shape.Words;
        for (var i = Math.Max(shape.OutcomeStart, shape.LeadingInstructionWords); i < words.Count; i++)
        {
            // "follow-up actions", "sign-in page": the first part of a compound is not a verb.
            if (!shape.IsPredicate[i] || shape.InPurposeClause[i] || shape.StartsCompound(i) || !CriterionShape.TryGetVerb(words[i], out var verb))
            {
                continue;
            }

            if (verb.Class == VerbClass.Observable && !EvidenceLexicons.Instance.CapabilityVerbs.ContainsWord(verb.Base))
            {
                sink.AddWords(shape.IsNegated(i) ? "result:negated-verb" : "result:verb", SignalKind.Result, i, 1);
                if (ObjectFollows(shape, i))
                {
                    sink.AddWords("result:verb-object", SignalKind.Result, i, 1);
                }
            }

            if (EqualityWords.Contains(words[i]))
            {
                sink.AddWords("result:equality", SignalKind.Result, i, 1);
            }
        }

        ActivityOnly(sink, shape);
        for (var i = shape.OutcomeStart; i < words.Count; i++)
        {
            if (NegativeDeterminers.Contains(words[i]) && !shape.InPurposeClause[i])
            {
                sink.AddWords("result:none", SignalKind.Result, i, 1);
                break;
            }
        }
    }

    // "SHALL analyze transaction descriptions", "monitor query performance": every verb of the result
    // names work inside the system; unless something concrete follows, there is no output to check.
    private static void ActivityOnly(SignalSink sink, CriterionShape shape)
    {
        var activity = -1;
        for (var i = Math.Max(shape.OutcomeStart, shape.LeadingInstructionWords); i < shape.Words.Count; i++)
        {
            if (!shape.IsPredicate[i] || shape.InPurposeClause[i] || !CriterionShape.TryGetVerb(shape.Words[i], out var verb) || verb.Base is "be" or "have" or "shall" or "must" or "should" or "will" or "can")
            {
                continue;
            }

            if (!EvidenceLexicons.Instance.ActivityVerbs.ContainsWord(verb.Base))
            {
                return;
            }

            activity = activity < 0 ? i : activity;
        }

        if (activity >= 0 && !shape.ConcreteFollows(activity, 6))
        {
            sink.AddWords("missing:output", SignalKind.Missing, activity, 1);
        }
    }

    private static void ReadStates(SignalSink sink, CriterionShape shape)
    {
        foreach (var (first, count) in Lexicons.Instance.ObservableStates.Find(shape))
        {
            if (first >= shape.OutcomeStart)
            {
                sink.AddWords("result:state", SignalKind.Result, first, count);
                break;
            }
        }

        foreach (var (first, count) in EvidenceLexicons.Instance.ObservableElements.Find(shape))
        {
            if (first >= shape.OutcomeStart && !shape.InPurposeClause[first])
            {
                sink.AddWords("result:element", SignalKind.Result, first, count);
                break;
            }
        }
    }

    // "returns the invoice id", "writes `out.csv`": a concrete token or a noun (not a bare
    // determiner or a generic word) within the next few words of the same phrase.
    private static bool ObjectFollows(CriterionShape shape, int verb)
    {
        if (shape.ConcreteFollows(verb, 4))
        {
            return true;
        }

        for (var k = verb + 1; k < shape.Words.Count && k <= verb + 4 && !shape.BreakBefore[k]; k++)
        {
            var word = shape.Words[k];
            if (word.Length > 3 && word is not ("with" or "that" or "this" or "when" or "then" or "from" or "into" or "their" or "there" or "some" or "something" or "anything" or "error" or "errors" or "data" or "result" or "results" or "value" or "values" or "correct" or "correctly" or "properly" or "expected"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Near(List<CriterionToken> tokens, int index, int window, Func<CriterionToken, bool> test)
    {
        for (var k = Math.Max(0, index - window); k < tokens.Count && k <= index + window; k++)
        {
            if (k != index && test(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeRoute(string path) => path.StartsWith("/", StringComparison.Ordinal) && !path.Contains('.');
}
