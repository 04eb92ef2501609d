using Tamer.Spec.Testing;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>The configuration snippets of docs/editors.md, each the code block after a <c>&lt;!-- snippet: EDITOR FILE --&gt;</c> line.</summary>
internal static class EditorSnippets
{
    /// <summary>The body of the <paramref name="language"/> code block under the snippet marker <paramref name="name"/>.</summary>
    public static string Block(string name, string language)
    {
        var marker = "<!-- snippet: " + name + " -->";
        var fence = "```" + language + "\n";
        var docs = File.ReadAllText(RepositoryPaths.InRepository("docs", "editors.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var at = docs.IndexOf(marker, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, "docs/editors.md has no snippet '" + name + "'");
        var block = docs[(at + marker.Length)..].TrimStart('\n');
        block.ShouldStartWith(fence, customMessage: "the snippet '" + name + "' is not a " + language + " block");
        block = block[fence.Length..];
        return block[..block.IndexOf("```", StringComparison.Ordinal)];
    }
}
