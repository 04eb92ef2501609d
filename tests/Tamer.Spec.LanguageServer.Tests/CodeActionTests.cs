using System.Text;
using System.Text.Json.Nodes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>Code actions are the engine's fixes as workspace edits; applied, they give what <c>--fix</c> writes.</summary>
public sealed class CodeActionTests
{
    [Fact]
    public void The_fix_all_action_applied_gives_the_bytes_lint_fix_writes()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        var original = File.ReadAllBytes(Examples.WorkItem("profile-avatar-upload.md"));
        var path = folder.WriteBytes("work-items/profile-avatar-upload.md", original);
        var copy = folder.WriteBytes("fixed-by-the-command-line/profile-avatar-upload.md", original);
        var text = Encoding.UTF8.GetString(original);
        CommandLine.Run(folder.Path, "lint", "fixed-by-the-command-line/profile-avatar-upload.md", "--fix");
        var written = File.ReadAllBytes(copy);
        written.ShouldNotBe(original, "the example has safe fixes");
        File.Delete(copy);

        using var client = LspClient.Start(folder.Path);
        client.Open(path, text);
        client.WaitForDiagnostics(path).Codes.ShouldContain("TMR1002");
        var actions = CodeActions(client, path, 0, 0, 0, 0, "source.fixAll");

        var fixAll = actions.Single()!;
        fixAll["kind"]!.GetValue<string>().ShouldBe("source.fixAll.tamer");
        var edit = fixAll["edit"]!;
        edit["documentChanges"]![0]!["textDocument"]!["version"]!.GetValue<int>().ShouldBe(1);
        Encoding.UTF8.GetBytes(TextEdits.Apply(text, edit, LspClient.UriOf(path))).ShouldBe(written);
        File.ReadAllBytes(path).ShouldBe(original, "the server writes no file");
    }

    [Fact]
    public void A_quick_fix_for_the_legacy_scope_is_the_edit_lint_fix_makes_when_it_is_the_only_safe_fix()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        const string Text = "---\nid: WI-RPT-0045\ntitle: Export the usage report as CSV\nstatus: ready\nscope: [src/reports/usage_csv.go]\nacceptance_criteria:\n  - \"AC-1: GET /reports/usage.csv responds with 200 and text/csv\"\n---\nThe report, as CSV.\n";
        var path = folder.Write("work-items/usage.md", Text);
        var copy = folder.Write("by-the-command-line/usage.md", Text);
        CommandLine.Run(folder.Path, "lint", "by-the-command-line/usage.md", "--fix");
        var written = File.ReadAllText(copy);
        written.ShouldNotBe(Text);
        File.Delete(copy);

        using var client = LspClient.Start(folder.Path);
        client.Open(path, Text);
        var scope = client.WaitForDiagnostics(path).Diagnostics.Single(d => d["code"]!.GetValue<string>() == "TMR1002");
        var line = scope["range"]!["start"]!["line"]!.GetValue<int>();
        line.ShouldBe(4);
        var actions = CodeActions(client, path, line, 0, line, 0, "quickfix");

        var quickFix = actions.Single(a => a!["diagnostics"]?[0]?["code"]?.GetValue<string>() == "TMR1002")!;
        quickFix["kind"]!.GetValue<string>().ShouldBe("quickfix");
        quickFix["isPreferred"]!.GetValue<bool>().ShouldBeTrue();
        TextEdits.Apply(Text, quickFix["edit"]!, LspClient.UriOf(path)).ShouldBe(written);
    }

    [Fact]
    public void Suggestions_are_offered_as_quick_fixes_but_not_preferred_and_not_in_fix_all()
    {
        var file = Examples.WorkItem("reports-csv-export.md");
        var text = File.ReadAllText(file);
        using var client = LspClient.Start(Examples.Folder);
        client.Open(file, text);
        client.WaitForDiagnostics(file);

        var actions = CodeActions(client, file, 3, 10, 3, 10, null);

        var status = actions.Single(a => a!["diagnostics"]?[0]?["code"]?.GetValue<string>() == "TMR0007")!;
        status["title"]!.GetValue<string>().ShouldBe("write in_progress instead of 'started' (suggestion)");
        status["isPreferred"]!.GetValue<bool>().ShouldBeFalse();
        TextEdits.Apply(text, status["edit"]!, LspClient.UriOf(file)).ShouldContain("status: in_progress\n");
        actions.ShouldNotContain(a => a!["kind"]!.GetValue<string>() == "source.fixAll.tamer", "the file has no safe fix");
    }

    private static JsonArray CodeActions(LspClient client, string path, int startLine, int startCharacter, int endLine, int endCharacter, string? only)
    {
        var context = new JsonObject { ["diagnostics"] = new JsonArray() };
        if (only is not null)
        {
            context["only"] = new JsonArray(only);
        }

        return client.Request("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.UriOf(path) },
            ["range"] = new JsonObject
            {
                ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
                ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
            },
            ["context"] = context,
        })!.AsArray();
    }
}
