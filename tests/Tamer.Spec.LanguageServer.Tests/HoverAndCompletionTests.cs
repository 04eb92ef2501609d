using System.Text.Json.Nodes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>Hover shows a diagnostic's docs summary; completion offers statuses and the workspace's Work Item ids.</summary>
public sealed class HoverAndCompletionTests
{
    [Fact]
    public void Hover_on_a_diagnostic_shows_its_message_and_the_summary_of_its_docs_page()
    {
        var file = Examples.WorkItem("reports-csv-export.md");
        using var client = LspClient.Start(Examples.Folder);
        client.Open(file, File.ReadAllText(file));
        client.WaitForDiagnostics(file);
        var page = CommandLine.Run(Examples.Folder, "explain", "TMR0007").Output;
        var title = page.Split('\n')[0]["# TMR0007: ".Length..].Trim();

        var hover = client.Request("textDocument/hover", Position(file, 3, 10))!;

        var markdown = hover["contents"]!["value"]!.GetValue<string>();
        hover["contents"]!["kind"]!.GetValue<string>().ShouldBe("markdown");
        markdown.ShouldStartWith("**TMR0007** 'status' should be one of draft");
        markdown.ShouldContain("*" + title + "*: Each known key has the type the format gives it");
        markdown.ShouldContain("/TMR0007");
        hover["range"]!["start"]!["line"]!.GetValue<int>().ShouldBe(3);

        client.Request("textDocument/hover", Position(file, 12, 0)).ShouldBeNull("no diagnostic there");
    }

    [Fact]
    public void Completion_offers_the_statuses_after_status_and_the_other_ids_after_depends_on()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write("work-items/a.md", "---\nid: WI-A-0001\ntitle: First\nstatus: ready\n---\n");
        folder.Write("work-items/b.md", "---\nid: WI-B-0002\ntitle: Second\nstatus: draft\n---\n");
        const string Text = "---\nid: WI-C-0003\ntitle: Third\nstatus: \ndepends_on: [\ndepends:\n  - \n---\nstatus: \n";
        var path = folder.Write("work-items/c.md", Text);
        using var client = LspClient.Start(folder.Path);
        client.Open(path, Text);
        client.WaitForDiagnostics(path);

        Labels(client.Request("textDocument/completion", Position(path, 3, 8))).ShouldBe(["draft", "ready", "in_progress", "review", "done", "blocked"]);
        Labels(client.Request("textDocument/completion", Position(path, 4, 13))).ShouldBe(["WI-A-0001", "WI-B-0002"], "its own id is left out");
        Labels(client.Request("textDocument/completion", Position(path, 6, 4))).ShouldBeEmpty("a list under another key");
        Labels(client.Request("textDocument/completion", Position(path, 8, 8))).ShouldBeEmpty("the body is not frontmatter");

        const string ListText = "---\nid: WI-C-0003\ndepends_on:\n  - WI-A-0001\n  - \n---\n";
        client.ChangeAll(path, ListText, version: 2);
        var items = client.Request("textDocument/completion", Position(path, 4, 4))!.AsArray();
        Labels(items).ShouldBe(["WI-A-0001", "WI-B-0002"]);
        items.Single(i => i!["label"]!.GetValue<string>() == "WI-B-0002")!["detail"]!.GetValue<string>().ShouldBe("Second");
    }

    private static List<string> Labels(JsonNode? items) => items!.AsArray().Select(i => i!["label"]!.GetValue<string>()).ToList();

    private static JsonObject Position(string path, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = LspClient.UriOf(path) },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };
}
