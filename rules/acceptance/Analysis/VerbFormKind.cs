namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>The grammatical form of a verb word.</summary>
internal enum VerbFormKind
{
    /// <summary>work</summary>
    Base,

    /// <summary>works</summary>
    ThirdPerson,

    /// <summary>worked, shown</summary>
    Past,

    /// <summary>working</summary>
    Ing,
}
