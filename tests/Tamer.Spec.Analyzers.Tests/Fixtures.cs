namespace Tamer.Spec.Analyzers.Tests;

/// <summary>The Work Items under fixtures/, read as they are on disk.</summary>
internal static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", name));

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="text"/> in <paramref name="content"/>.</summary>
    public static (int Line, int Column) Find(string content, string text)
    {
        var offset = content.IndexOf(text, StringComparison.Ordinal);
        offset.ShouldBeGreaterThanOrEqualTo(0, text + " is not in the text");
        var before = content[..offset];
        var line = before.Count(c => c == '\n') + 1;
        return (line, offset - (before.LastIndexOf('\n') + 1) + 1);
    }
}
