using Tamer.Spec.Rules.Acceptance.Analysis;

namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>How the criterion is written: EARS, Given/When/Then, a modal requirement, an instruction, a bare noun phrase, and its length.</summary>
internal static class FormSignals
{
    public static void Read(SignalSink sink)
    {
        var shape = sink.Shape;
        var words = shape.Words;
        bool modal = false, given = false, then = false, condition = false;
        for (var i = 0; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "shall" or "must" or "should":
                    modal = true;
                    break;
                case "given":
                    given = true;
                    break;
                case "then":
                    then = true;
                    break;
                case "when" or "if" or "while" or "where":
                    condition = true;
                    break;
            }
        }

        if (given && then)
        {
            sink.Add("form:given-when-then", SignalKind.Form);
        }
        else if (modal && condition)
        {
            sink.Add("form:ears", SignalKind.Form);
        }
        else if (modal)
        {
            sink.Add("form:modal", SignalKind.Form);
        }

        if (!sink.HasVerbEvidence)
        {
            sink.Add("form:no-verb", SignalKind.Form);
        }

        var first = shape.LeadingInstructionWords;
        if (first < words.Count && CriterionShape.TryGetVerb(words[first], out var verb) && verb.Form == VerbFormKind.Base && shape.IsCapitalised(first)
            && !(first + 1 < words.Count && words[first + 1] is "is" or "are" or "of" or "for"))
        {
            sink.AddWords("form:imperative", SignalKind.Form, first, 1);
        }

        // "JWT authentication configured", "Deployed to staging": a finished step, written as a
        // participle with no auxiliary; what it left behind is not said.
        var predicate = SmellSignals.FirstOutcomePredicate(shape);
        if (!modal && predicate >= 0 && CriterionShape.TryGetVerb(words[predicate], out var done) && done.Form == VerbFormKind.Past
            && !(predicate > 0 && words[predicate - 1] is "is" or "are" or "was" or "were" or "be" or "been" or "has" or "have" or "had" or "get" or "gets"))
        {
            sink.AddWords("form:done-state", SignalKind.Form, predicate, 1);
        }

        foreach (var token in shape.Tokens)
        {
            if (token.Lower == "?")
            {
                sink.Add("form:question", SignalKind.Form);
                break;
            }
        }

        sink.Add(LengthName(words.Count), SignalKind.Form);
    }

    private static string LengthName(int words) => words switch
    {
        <= 3 => "form:words-1-3",
        <= 6 => "form:words-4-6",
        <= 12 => "form:words-7-12",
        <= 25 => "form:words-13-25",
        _ => "form:words-26+",
    };
}
