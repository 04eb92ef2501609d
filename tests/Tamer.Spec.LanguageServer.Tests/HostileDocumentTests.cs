using System.Text;
using System.Text.Json.Nodes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>
/// Each hostile input sent as an editor would send it (its bytes decoded as UTF-8, invalid bytes as
/// U+FFFD): the server answers with diagnostics, stays up, and shuts down cleanly after them all.
/// </summary>
public sealed class HostileDocumentTests
{
    public static TheoryData<string> Names => new(HostileInputs.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void The_server_answers_a_hostile_document_with_a_diagnostic_and_keeps_serving(string name)
    {
        var (bytes, id, line, column) = HostileInputs.Create(name);
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write(".tamer.yml", "include: [\"work-items/**/*.md\"]\n");
        var path = folder.WriteBytes("work-items/" + name + ".md", bytes);
        var text = Encoding.UTF8.GetString(bytes);
        using var client = LspClient.Start(folder.Path);

        client.Open(path, text);
        var published = client.WaitForDiagnostics(path);

        published.Diagnostics.ShouldNotBeEmpty(name);
        if (Encoding.UTF8.GetByteCount(text) == bytes.Length)
        {
            // Text an editor holds byte for byte gets the diagnostic a file with those bytes gets.
            published.Diagnostics.ShouldContain(
                d => d["code"]!.GetValue<string>() == id && d["range"]!["start"]!["line"]!.GetValue<int>() == line - 1 && d["range"]!["start"]!["character"]!.GetValue<int>() == column - 1 - (line == 1 && text.StartsWith('\uFEFF') ? 1 : 0),
                name);
        }

        // Still serving: hover, code actions and completion answer, and a change is linted.
        client.Request("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.UriOf(path) }, ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 } });
        client.Request("textDocument/completion", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.UriOf(path) }, ["position"] = new JsonObject { ["line"] = 1, ["character"] = 0 } });
        client.ChangeAll(path, "---\nid: WI-OK-0001\n---\n", version: 2);
        client.WaitForDiagnostics(path, p => p.Params["version"]!.GetValue<int>() == 2).Diagnostics.ShouldNotBeEmpty();
        client.Shutdown().ShouldBe(0, client.StandardError);
        client.StandardError.ShouldNotContain("   at ", Case.Sensitive, "no stack trace");
    }

    [Fact]
    public void A_message_that_is_not_JSON_closes_the_connection_with_a_sentence_not_a_stack_trace()
    {
        using var folder = new TemporaryDirectory();
        using var client = LspClient.Start(folder.Path);
        client.SendRaw("Content-Length: 5\r\n\r\n{oops");

        client.WaitForExit(LspClient.Wait).ShouldBeTrue();
        client.ExitCode.ShouldBe(1, "no shutdown came first");
        client.StandardError.ShouldContain("not JSON");
        client.StandardError.ShouldNotContain("   at ");
    }

    [Fact]
    public void An_unknown_request_is_answered_with_method_not_found_and_the_server_goes_on()
    {
        using var folder = new TemporaryDirectory();
        using var client = LspClient.Start(folder.Path);

        var answer = client.RequestRaw("textDocument/rename", new JsonObject());
        answer["error"]!["code"]!.GetValue<int>().ShouldBe(-32601);
        var bad = client.RequestRaw("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///nowhere.md" }, ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 } });
        bad["error"]!["code"]!.GetValue<int>().ShouldBe(-32602);
        bad["error"]!["message"]!.GetValue<string>().ShouldContain("is not open");
        client.Shutdown().ShouldBe(0);
    }
}
