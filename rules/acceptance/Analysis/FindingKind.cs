namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>What makes a criterion vague; each kind maps to one diagnostic.</summary>
internal enum FindingKind
{
    /// <summary>No observable behaviour is named (TMR2003).</summary>
    NoObservableBehaviour,

    /// <summary>An observable verb without a concrete object, value or condition (TMR2004).</summary>
    NoConcreteObject,

    /// <summary>A subjective or unmeasurable term (TMR2005).</summary>
    Subjective,

    /// <summary>A loophole or an open end (TMR2007).</summary>
    OpenEnd,
}
