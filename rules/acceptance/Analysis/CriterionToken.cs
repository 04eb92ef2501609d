namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>One token of a criterion: kind, position in the criterion's text, and lower-case text.</summary>
internal readonly struct CriterionToken
{
    public CriterionToken(TokenKind kind, int start, int length, string lower)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Lower = lower;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public string Lower { get; }

    /// <summary>True for a token that names something concrete: a number, code, a quoted value, a path or an identifier.</summary>
    public bool IsConcrete => Kind is TokenKind.Number or TokenKind.Code or TokenKind.Quoted or TokenKind.Path or TokenKind.Identifier;

    public override string ToString() => Kind + ":" + Lower;
}
