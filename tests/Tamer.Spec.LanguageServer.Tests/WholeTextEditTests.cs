using Tamer.Spec.Text;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>The fix-everything action's one edit turns the old text into the new, and touches only whole lines that changed.</summary>
public sealed class WholeTextEditTests
{
    [Theory]
    [InlineData("a\nb\n", "a\nX\nb\n")]
    [InlineData("a\nb\n", "a\nb\n")]
    [InlineData("", "---\nid: X\n---\n")]
    [InlineData("---\nid: X\n---\n", "")]
    [InlineData("a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n")]
    [InlineData("a\rb\rc", "a\rb2\rc")]
    [InlineData("one\ntwo", "one\ntwo\nthree\n")]
    [InlineData("x \U0001F600 y\nz\n", "x \U0001F601 y\nz\n")]
    [InlineData("scope: [src/]\nbody\n", "scope:\n  write: [src/]\n  extend_scope: false\nbody\n")]
    public void Applied_to_the_old_text_it_gives_the_new(string before, string after)
    {
        var edit = CodeActions.WholeTextEdit(SourceText.From(before), after);

        var applied = TextEdits.Apply(before, new System.Text.Json.Nodes.JsonObject { ["changes"] = new System.Text.Json.Nodes.JsonObject { ["file:///x.md"] = new System.Text.Json.Nodes.JsonArray(edit) } }, "file:///x.md");
        applied.ShouldBe(after);

        var start = edit["range"]!["start"]!["character"]!.GetValue<int>();
        start.ShouldBe(0, "the edit starts at the start of a line");
    }
}
