using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules.Acceptance;

/// <summary>The acceptance axis's diagnostics (TMR2001–TMR2010).</summary>
public static class AcceptanceDiagnostics
{
    /// <summary>TMR2001</summary>
    public static DiagnosticDescriptor NoCriteria { get; } = Create(
        "TMR2001", "No acceptance criteria", "the Work Item has no acceptance criteria{0}; say how a reviewer decides it is done", DiagnosticSeverity.Error);

    /// <summary>TMR2002</summary>
    public static DiagnosticDescriptor NoFalsifiableCriterion { get; } = Create(
        "TMR2002", "No falsifiable criterion", "{0}", DiagnosticSeverity.Error);

    /// <summary>TMR2003</summary>
    public static DiagnosticDescriptor NoObservableBehaviour { get; } = Create(
        "TMR2003", "No observable behaviour", "criterion {0} names no observable behaviour: '{1}' {2}", DiagnosticSeverity.Warning);

    /// <summary>TMR2004</summary>
    public static DiagnosticDescriptor NoConcreteObject { get; } = Create(
        "TMR2004", "Observable verb without a concrete object", "criterion {0}: '{1}' {2}", DiagnosticSeverity.Warning);

    /// <summary>TMR2005</summary>
    public static DiagnosticDescriptor SubjectiveTerm { get; } = Create(
        "TMR2005", "Subjective or unmeasurable term", "criterion {0}: '{1}' {2}; say what a tester would measure", DiagnosticSeverity.Warning);

    /// <summary>TMR2006</summary>
    public static DiagnosticDescriptor MissingOrDuplicateId { get; } = Create(
        "TMR2006", "Criteria without ids or with duplicate ids", "{0}", DiagnosticSeverity.Info, FixKind.Safe);

    /// <summary>TMR2007</summary>
    public static DiagnosticDescriptor LoopholeOrOpenEnd { get; } = Create(
        "TMR2007", "Loophole or open end", "criterion {0}: '{1}' {2}", DiagnosticSeverity.Warning);

    /// <summary>TMR2008</summary>
    public static DiagnosticDescriptor NoVerb { get; } = Create(
        "TMR2008", "Criterion without a verb", "criterion {0} has no verb: '{1}' states no action or result", DiagnosticSeverity.Error);

    /// <summary>TMR2009</summary>
    public static DiagnosticDescriptor NoPositiveEvidence { get; } = Create(
        "TMR2009", "No evidence a tester can check", "criterion {0} lacks {1} ({2}); {3}", DiagnosticSeverity.Warning);

    /// <summary>TMR2010</summary>
    public static DiagnosticDescriptor LanguageNotJudged { get; } = Create(
        "TMR2010", "Criteria in a language the rule cannot judge", "{0}", DiagnosticSeverity.Info);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, FixKind fix = FixKind.None) =>
        new(id, title, message, severity, HelpLinks.ForPath("rules/acceptance/docs/" + id + ".md"), fix);
}
