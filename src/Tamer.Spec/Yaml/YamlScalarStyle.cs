namespace Tamer.Spec.Yaml;

/// <summary>How a scalar is written.</summary>
public enum YamlScalarStyle
{
    /// <summary><c>value</c></summary>
    Plain,

    /// <summary><c>'value'</c></summary>
    SingleQuoted,

    /// <summary><c>"value"</c></summary>
    DoubleQuoted,

    /// <summary><c>|</c> block</summary>
    Literal,

    /// <summary><c>&gt;</c> block</summary>
    Folded,
}
