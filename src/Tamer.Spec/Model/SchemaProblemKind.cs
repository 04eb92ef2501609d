namespace Tamer.Spec.Model;

/// <summary>How a frontmatter key or value departs from the Work Item format.</summary>
public enum SchemaProblemKind
{
    /// <summary>A key the format does not know (TMR0005).</summary>
    UnknownKey,

    /// <summary>A value of the wrong type (TMR0007).</summary>
    WrongType,

    /// <summary>A value outside the allowed set, such as an unknown <c>status</c> (TMR0007).</summary>
    InvalidValue,
}
