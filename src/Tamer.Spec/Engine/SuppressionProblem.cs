namespace Tamer.Spec.Engine;

/// <summary>Why a <c>suppress</c> entry does not count.</summary>
public enum SuppressionProblem
{
    /// <summary>The entry counts.</summary>
    None,

    /// <summary>The ID is not declared by any available rule.</summary>
    UnknownId,

    /// <summary>The justification is empty.</summary>
    MissingJustification,

    /// <summary>The justification is a single word, not a sentence.</summary>
    JustificationTooShort,
}
