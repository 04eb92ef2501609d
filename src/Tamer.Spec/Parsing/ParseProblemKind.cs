namespace Tamer.Spec.Parsing;

/// <summary>What went wrong while reading a file, before any rule runs.</summary>
public enum ParseProblemKind
{
    /// <summary>The file does not start with a <c>---</c> line.</summary>
    MissingFrontmatter,

    /// <summary>The frontmatter is opened but never closed.</summary>
    UnclosedFrontmatter,

    /// <summary>The frontmatter is not valid YAML.</summary>
    YamlSyntax,

    /// <summary>A mapping has the same key twice.</summary>
    DuplicateKey,

    /// <summary>The input is over one of the <see cref="ParseLimits"/>.</summary>
    LimitExceeded,

    /// <summary>The bytes are not valid UTF-8.</summary>
    InvalidEncoding,

    /// <summary>The file holds NUL bytes: it is binary, not text.</summary>
    BinaryContent,
}
