namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>What kind of verb a word is.</summary>
internal enum VerbClass
{
    /// <summary>An auxiliary or common verb that says nothing about observability by itself.</summary>
    General,

    /// <summary>An action or result a test can observe (returns, writes, redirects).</summary>
    Observable,

    /// <summary>A verb that names no observable result (works, handles, supports).</summary>
    Vague,

    /// <summary>A step of the team's process (reviewed, prioritized).</summary>
    Process,
}
