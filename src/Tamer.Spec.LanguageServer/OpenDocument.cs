namespace Tamer.Spec.LanguageServer;

/// <summary>A document the client has open: its text as the editor holds it, at a version.</summary>
/// <param name="Uri">The URI the client names it by (answers use it unchanged).</param>
/// <param name="FullPath">Its file's full path; null for a URI that is not a file.</param>
/// <param name="Version">The client's version of the text.</param>
/// <param name="Text">The text, unsaved changes included.</param>
internal sealed record OpenDocument(string Uri, string? FullPath, int Version, string Text)
{
    /// <summary>True for a Markdown file; only those can be Work Items.</summary>
    public bool IsMarkdown => FullPath is not null && FullPath.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the text starts with a frontmatter delimiter line, as every Work Item does.</summary>
    public bool StartsWithFrontmatter
    {
        get
        {
            var text = Text.Length > 0 && Text[0] == '\uFEFF' ? Text.Substring(1) : Text;
            return text.StartsWith("---\n", System.StringComparison.Ordinal) || text.StartsWith("---\r", System.StringComparison.Ordinal) || text == "---";
        }
    }
}
