namespace Tamer.Spec.Parsing;

/// <summary>
/// The explicit limits the parser enforces before any rule runs. Input over a limit is reported
/// as TMR0006 naming the limit, and nothing past it is analysed.
/// </summary>
public sealed class ParseLimits
{
    /// <summary>The limits used when a host sets none.</summary>
    public static ParseLimits Default { get; } = new();

    /// <summary>Largest file accepted, in bytes (1 MiB by default; a Work Item is a page, not a book).</summary>
    public int MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Deepest nesting of YAML sequences and mappings (32 by default).</summary>
    public int MaxNestingDepth { get; init; } = 32;

    /// <summary>Most YAML aliases (<c>*name</c>) in one frontmatter (100 by default).</summary>
    public int MaxAliases { get; init; } = 100;

    /// <summary>Most nodes that aliases may expand to in total (10,000 by default): stops alias bombs.</summary>
    public int MaxAliasExpansion { get; init; } = 10_000;

    /// <summary>Longest YAML scalar, in characters (65,536 by default).</summary>
    public int MaxScalarLength { get; init; } = 64 * 1024;
}
