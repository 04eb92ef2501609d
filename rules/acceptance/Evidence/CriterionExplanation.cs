using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>
/// Turns a vague verdict into the diagnostics that explain it: each smell that weighed towards
/// "vague" at its own words (TMR2003, TMR2004, TMR2005, TMR2007; overlapping words reported once),
/// or, when no smell did, the evidence the criterion lacks with the words that decided it (TMR2009).
/// Every message says what a tester would need.
/// </summary>
internal static class CriterionExplanation
{
    private const string NameTheResult = "name the result a tester can observe: a value, status, message, file or event";

    public static IReadOnlyList<Finding> Explain(CriterionVerdict verdict, string criterionName, int mostPerKind, int mostDecidingWords)
    {
        var findings = new List<Finding>();
        var text = verdict.Reading.Shape.Text;
        // A smell at particular words explains better than one about the whole criterion, which is
        // reported only when no other smell of its kind is.
        foreach (var group in verdict.Smells.GroupBy(s => s.Kind).Select(g => g.OrderBy(s => s.Length >= text.Length ? 1 : 0)))
        {
            var taken = new List<Signal>();
            foreach (var smell in group)
            {
                if (taken.Count == mostPerKind || taken.Any(t => Overlaps(t, smell)) || findings.Any(f => f.Start == smell.Start && f.Length == smell.Length)
                    || (smell.Length >= text.Length && taken.Count > 0))
                {
                    continue;
                }

                taken.Add(smell);
                findings.Add(ForSmell(smell, text.Substring(smell.Start, smell.Length), criterionName));
            }
        }

        if (findings.Count > 0)
        {
            return findings.OrderBy(f => f.Start).ThenBy(f => f.Descriptor.Id, System.StringComparer.Ordinal).ToList();
        }

        var missing = verdict.MissingPieces.ToList();
        var lacks = missing.Count == 0 ? "evidence a tester can check" : missing.Count == 1 ? missing[0] : string.Join(", ", missing.Take(missing.Count - 1)) + " and " + missing[missing.Count - 1];
        var deciding = verdict.DecidingWords(mostDecidingWords);
        var words = deciding.Count == 0
            ? "it names nothing a test could check"
            : "decided by " + string.Join(", ", deciding.OrderBy(s => s.Start).Select(s => "'" + text.Substring(s.Start, s.Length) + "'"));
        var (start, length) = deciding.Count == 0 ? (0, text.Length) : Cover(deciding);
        return new[] { new Finding(AcceptanceDiagnostics.NoPositiveEvidence, start, length, criterionName, lacks, words, NameTheResult) };
    }

    private static Finding ForSmell(Signal smell, string words, string criterionName)
    {
        var reason = smell.Reason ?? "does not say what a tester checks";
        return smell.Kind switch
        {
            SignalKind.NoBehaviour => new Finding(AcceptanceDiagnostics.NoObservableBehaviour, smell.Start, smell.Length, criterionName, words, reason + "; " + NameTheResult),
            SignalKind.NoObject => new Finding(AcceptanceDiagnostics.NoConcreteObject, smell.Start, smell.Length, criterionName, words, reason + "; name the thing a tester would check, or state it in the criterion"),
            SignalKind.Subjective => new Finding(AcceptanceDiagnostics.SubjectiveTerm, smell.Start, smell.Length, criterionName, words, reason),
            _ => new Finding(AcceptanceDiagnostics.LoopholeOrOpenEnd, smell.Start, smell.Length, criterionName, words, reason + "; commit to one outcome a tester can check"),
        };
    }

    private static bool Overlaps(Signal a, Signal b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    // From the first deciding word to the last, so the location covers all of them.
    private static (int Start, int Length) Cover(IReadOnlyList<Signal> signals)
    {
        var start = signals.Min(s => s.Start);
        var end = signals.Max(s => s.Start + s.Length);
        return (start, end - start);
    }

    /// <summary>One diagnostic to report: which, where in the criterion's text, and its message arguments.</summary>
    internal sealed class Finding
    {
        public Finding(DiagnosticDescriptor descriptor, int start, int length, params object[] arguments)
        {
            Descriptor = descriptor;
            Start = start;
            Length = length;
            Arguments = arguments;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public int Start { get; }

        public int Length { get; }

        public object[] Arguments { get; }
    }
}
