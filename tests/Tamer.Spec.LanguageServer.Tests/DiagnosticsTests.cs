using System.Text.Json.Nodes;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>Diagnostics over the protocol are the command line's: on open, on change, and from the editor's text.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public void Published_diagnostics_on_open_equal_lint_format_json_for_every_example()
    {
        var before = Examples.Hashes(Examples.Folder);
        using var client = LspClient.Start(Examples.Folder);
        foreach (var file in Examples.WorkItems)
        {
            client.Open(file, File.ReadAllText(file));
        }

        foreach (var file in Examples.WorkItems)
        {
            var expected = CommandLine.JsonDiagnostics(Examples.Folder, Path.GetRelativePath(Examples.Folder, file));
            var published = client.WaitForDiagnostics(file);
            var relative = Path.GetFileName(file);
            published.Diagnostics.Select(Shown).ShouldBe(expected.Select(d => Expected(d!)), relative);
            published.Params["version"]!.GetValue<int>().ShouldBe(1);
        }

        var reports = client.WaitForDiagnostics(Examples.WorkItem("reports-csv-export.md"));
        reports.Codes.ShouldContain("TMR0007");
        reports.Diagnostics.First(d => d["code"]!.GetValue<string>() == "TMR0007")["severity"]!.GetValue<int>().ShouldBe(1);
        client.Shutdown().ShouldBe(0);
        Examples.Hashes(Examples.Folder).ShouldBe(before, "the server writes no file");
    }

    [Fact]
    public void A_change_that_fixes_the_status_typo_clears_TMR0007_from_the_next_diagnostics()
    {
        var file = Examples.WorkItem("reports-csv-export.md");
        var text = File.ReadAllText(file);
        using var client = LspClient.Start(Examples.Folder);
        client.Open(file, text);
        client.WaitForDiagnostics(file).Codes.ShouldContain("TMR0007");

        client.ChangeAll(file, text.Replace("status: started", "status: in_progress", StringComparison.Ordinal), version: 2);

        var next = client.WaitForDiagnostics(file, p => p.Params["version"]!.GetValue<int>() == 2);
        next.Codes.ShouldNotContain("TMR0007");
        next.Codes.ShouldContain("TMR0005", "the rest of the text is linted as before");
        File.ReadAllText(file).ShouldBe(text, "the file on disk is untouched");
    }

    [Fact]
    public void Ranged_changes_are_applied_to_the_editor_text_in_order()
    {
        var file = Examples.WorkItem("reports-csv-export.md");
        var text = File.ReadAllText(file);
        var line = text[..text.IndexOf("status: started", StringComparison.Ordinal)].Count(c => c == '\n');
        using var client = LspClient.Start(Examples.Folder);
        client.Open(file, text);
        client.WaitForDiagnostics(file);

        // "started" → "done" in two ranged edits: delete the word, then insert the new one.
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.UriOf(file), ["version"] = 2 },
            ["contentChanges"] = new JsonArray(
                new JsonObject { ["range"] = Range(line, 8, line, 15), ["text"] = string.Empty },
                new JsonObject { ["range"] = Range(line, 8, line, 8), ["text"] = "done" }),
        });

        var next = client.WaitForDiagnostics(file, p => p.Params["version"]!.GetValue<int>() == 2);
        next.Codes.ShouldNotContain("TMR0007");
    }

    [Fact]
    public void A_Markdown_file_without_frontmatter_outside_the_include_set_gets_no_diagnostics()
    {
        using var folder = new Testing.TemporaryDirectory();
        folder.MakeRepository();
        folder.Write(".tamer.yml", "include: [\"work-items/**/*.md\"]\n");
        var readme = folder.Write("README.md", "# A project\n\nNot a Work Item.\n");
        var empty = folder.Write("work-items/new.md", string.Empty);
        using var client = LspClient.Start(folder.Path);
        client.Open(readme, File.ReadAllText(readme));
        client.Open(empty, string.Empty);

        client.WaitForDiagnostics(readme).Diagnostics.ShouldBeEmpty();
        var included = client.WaitForDiagnostics(empty);
        included.Codes.ShouldBe(CommandLine.JsonDiagnostics(folder.Path, "work-items/new.md").Select(d => d!["id"]!.GetValue<string>()).ToList());
        included.Codes.ShouldContain("TMR0001");
    }

    private static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) => new()
    {
        ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
        ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    // A published diagnostic in the JSON report's terms: ID, 1-based positions, message.
    private static string Shown(JsonNode d) =>
        $"{d["code"]} {d["range"]!["start"]!["line"]!.GetValue<int>() + 1}:{d["range"]!["start"]!["character"]!.GetValue<int>() + 1}-{d["range"]!["end"]!["line"]!.GetValue<int>() + 1}:{d["range"]!["end"]!["character"]!.GetValue<int>() + 1} {d["message"]}";

    private static string Expected(JsonNode d) =>
        $"{d["id"]} {d["line"]}:{d["column"]}-{d["endLine"]}:{d["endColumn"]} {d["message"]}";
}
