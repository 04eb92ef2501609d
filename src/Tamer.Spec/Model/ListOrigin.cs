namespace Tamer.Spec.Model;

/// <summary>Where a list of a Work Item was declared.</summary>
public enum ListOrigin
{
    /// <summary>Not declared at all.</summary>
    None,

    /// <summary>In the YAML frontmatter.</summary>
    Frontmatter,

    /// <summary>In the Markdown body, under its heading.</summary>
    Body,
}
