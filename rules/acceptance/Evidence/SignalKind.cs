namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>What a signal is evidence of, and so which diagnostic explains it when it decides a verdict.</summary>
internal enum SignalKind
{
    /// <summary>Something a tester can observe: a value, status, message, file, event, element, state or bound.</summary>
    Result,

    /// <summary>The trigger or input the result follows from (WHEN, GIVEN, a request, an action).</summary>
    Trigger,

    /// <summary>The concrete thing the criterion is about (a named component, a path, an identifier).</summary>
    Subject,

    /// <summary>The way the criterion is written (EARS, Given/When/Then, a bare noun phrase), or its length.</summary>
    Form,

    /// <summary>A piece of positive evidence the criterion lacks (no result, no trigger, no subject).</summary>
    Missing,

    /// <summary>A word of the criterion, weighed on its own.</summary>
    Word,

    /// <summary>A capability, process step or verb that names no observable behaviour (TMR2003).</summary>
    NoBehaviour,

    /// <summary>An unnamed object, an unstated policy or tests without content (TMR2004).</summary>
    NoObject,

    /// <summary>A subjective or unmeasurable term on the outcome (TMR2005).</summary>
    Subjective,

    /// <summary>A loophole or open end (TMR2007).</summary>
    OpenEnd,
}
