namespace Tamer.Spec.Model;

/// <summary>How an invariant entry is written.</summary>
public enum InvariantShape
{
    /// <summary><c>- "statement": "consequence"</c></summary>
    Pair,

    /// <summary><c>- {id?, statement, consequence}</c></summary>
    Structured,

    /// <summary><c>- "statement"</c> with no consequence.</summary>
    BareStatement,

    /// <summary>Anything else.</summary>
    Malformed,
}
