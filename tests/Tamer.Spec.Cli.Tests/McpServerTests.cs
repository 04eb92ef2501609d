using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// <c>tamer-lint mcp</c> over stdio, driven by the reference TypeScript client: its answers are the
/// command line's, and it writes no file.
/// </summary>
public sealed class McpServerTests
{
    private static string Examples => RepositoryPaths.InRepository("examples");

    private static string[] ExampleFiles => Directory.GetFiles(Path.Combine(Examples, "work-items"), "*.md").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Lists_its_tools_and_lints_every_example_as_the_command_line_does()
    {
        var before = Hashes(Examples);
        var steps = new JsonArray { Step("tools") };
        foreach (var file in ExampleFiles)
        {
            steps.Add(Call("lint", new JsonObject { ["path"] = "work-items/" + Path.GetFileName(file) }));
        }

        var results = Run(steps, Examples);

        var tools = results[1]!["result"]!["tools"]!.AsArray();
        tools.Select(t => t!["name"]!.GetValue<string>()).ShouldBe(["explain", "fix", "lint", "list_work_items", "verify"]);
        tools.ShouldAllBe(t => t!["inputSchema"]!["type"]!.GetValue<string>() == "object");
        for (var i = 0; i < ExampleFiles.Length; i++)
        {
            var relative = "work-items/" + Path.GetFileName(ExampleFiles[i]);
            var expected = CommandLineFile(Examples, "lint", relative, "--format", "json");
            var result = results[i + 2]!["result"]!;
            result["isError"].ShouldBeNull(relative);
            result["structuredContent"]!["diagnostics"]!.ToJsonString().ShouldBe(expected["diagnostics"]!.ToJsonString(), relative);
            result["structuredContent"]!["refused"]!.GetValue<bool>().ShouldBe(expected["refused"]!.GetValue<bool>(), relative);
            result["content"]![0]!["text"]!.GetValue<string>().ShouldContain(relative);
        }

        Hashes(Examples).ShouldBe(before, "the server writes no file");
    }

    [Fact]
    public void Lint_of_an_edited_text_reports_the_unknown_dependency_and_leaves_the_file_alone()
    {
        var file = Path.Combine(Examples, "work-items", "billing-invoice-rounding.md");
        var original = File.ReadAllBytes(file);
        var text = Encoding.UTF8.GetString(original);
        text.ShouldContain("depends_on: [WI-MONEY-0031]");
        var edited = text.Replace("depends_on: [WI-MONEY-0031]", "depends_on: [WI-MONEY-0099]", StringComparison.Ordinal);
        var line = edited[..edited.IndexOf("WI-MONEY-0099", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var results = Run(
            [
                Call("lint", new JsonObject { ["path"] = "work-items/billing-invoice-rounding.md", ["text"] = edited }),
                Call("lint", new JsonObject { ["path"] = "work-items/billing-invoice-rounding.md", ["text"] = text }),
                Call("lint", new JsonObject { ["path"] = "work-items/a-new-draft.md", ["text"] = edited.Replace("WI-BILL-0107", "WI-BILL-0999", StringComparison.Ordinal) }),
            ],
            Examples);

        var diagnostics = Diagnostics(results[1]!);
        diagnostics.ShouldContain(d => d.Id == "TMR4001" && d.Line == line && d.Message.Contains("WI-MONEY-0099"));
        Diagnostics(results[2]!).ShouldNotContain(d => d.Id == "TMR4001", "the file's own dependency exists");
        Diagnostics(results[3]!).ShouldContain(d => d.Id == "TMR4001" && d.Line == line);
        results[3]!["result"]!["structuredContent"]!["path"]!.GetValue<string>().ShouldBe("work-items/a-new-draft.md");
        File.ReadAllBytes(file).ShouldBe(original);
        File.Exists(Path.Combine(Examples, "work-items", "a-new-draft.md")).ShouldBeFalse();
    }

    [Fact]
    public void Fix_returns_the_bytes_lint_fix_writes_and_writes_nothing()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        var path = folder.WriteBytes("work-items/profile-avatar-upload.md", File.ReadAllBytes(Path.Combine(Examples, "work-items", "profile-avatar-upload.md")));
        var before = File.ReadAllBytes(path);

        var results = Run([Call("fix", new JsonObject { ["path"] = "work-items/profile-avatar-upload.md" })], folder.Path);
        var fixedText = results[1]!["result"]!["structuredContent"]!;
        File.ReadAllBytes(path).ShouldBe(before, "fix writes nothing");
        var written = CliRun.InProcess(folder.Path, "lint", "work-items/profile-avatar-upload.md", "--fix");

        written.Error.ShouldContain("fixed work-items/profile-avatar-upload.md");
        Encoding.UTF8.GetBytes(fixedText["text"]!.GetValue<string>()).ShouldBe(File.ReadAllBytes(path));
        fixedText["applied"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldContain("TMR1002", "the legacy scope becomes a write list");
        fixedText["diff"]!.GetValue<string>().ShouldStartWith("--- a/work-items/profile-avatar-upload.md\n+++ b/work-items/profile-avatar-upload.md\n");
    }

    [Fact]
    public void Explain_gives_the_docs_page_and_names_the_closest_ids_of_an_unknown_one()
    {
        var results = Run(
            [
                Call("explain", new JsonObject { ["id"] = "TMR2005" }),
                Call("explain", new JsonObject { ["id"] = "TMR2995" }),
                Call("explain", new JsonObject()),
            ],
            Examples);

        var page = CliRun.InProcess(Examples, "explain", "TMR2005").Output;
        results[1]!["result"]!["structuredContent"]!["markdown"]!.GetValue<string>().TrimEnd('\n').ShouldBe(page.TrimEnd('\n'));
        var unknown = results[2]!["result"]!;
        unknown["isError"]!.GetValue<bool>().ShouldBeTrue();
        unknown["content"]![0]!["text"]!.GetValue<string>().ShouldContain("TMR2005");
        unknown["structuredContent"]!["closest"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldContain("TMR2005");
        results[3]!["result"]!["isError"]!.GetValue<bool>().ShouldBeTrue();
        results[3]!["result"]!["content"]![0]!["text"]!.GetValue<string>().ShouldContain("'id' is required");
    }

    [Fact]
    public void Verify_answers_as_the_verify_command_and_list_work_items_filters_by_status()
    {
        using var folder = new TemporaryDirectory();
        var changed = folder.Write("changed.txt", "src/orders/status.py\nsrc/payments/refund.py\n");

        var results = Run(
            [
                Call("verify", new JsonObject { ["work_item"] = "WI-ORD-0210", ["changed_files"] = new JsonArray("src/orders/status.py", "src/payments/refund.py") }),
                Call("list_work_items", new JsonObject { ["status"] = "ready" }),
                Call("list_work_items", new JsonObject { ["status"] = "finished" }),
                Call("verify", new JsonObject { ["work_item"] = "WI-ORD-0210" }),
            ],
            Examples);

        var expected = CommandLineFile(Examples, "verify", "WI-ORD-0210", "--changed", changed, "--format", "json");
        var verify = results[1]!["result"]!["structuredContent"]!;
        verify["diagnostics"]!.ToJsonString().ShouldBe(expected["diagnostics"]!.ToJsonString());
        Diagnostics(results[1]!).Select(d => d.Id).ShouldContain("TMR1102");
        var listed = results[2]!["result"]!["structuredContent"]!["workItems"]!.AsArray();
        var report = JsonNode.Parse(CliRun.InProcess(Examples, "lint", "--format", "json").Output)!["files"]!.AsArray();
        var ready = ExampleFiles.Where(f => File.ReadAllText(f).Contains("\nstatus: ready\n", StringComparison.Ordinal)).Select(f => "work-items/" + Path.GetFileName(f));
        listed.Select(i => i!["path"]!.GetValue<string>()).ShouldBe(ready);
        foreach (var item in listed)
        {
            var file = report.Single(f => f!["path"]!.GetValue<string>() == item!["path"]!.GetValue<string>())!;
            item!["refused"]!.GetValue<bool>().ShouldBe(file["refused"]!.GetValue<bool>());
            item["status"]!.GetValue<string>().ShouldBe("ready");
        }

        results[3]!["result"]!["isError"]!.GetValue<bool>().ShouldBeTrue();
        results[4]!["result"]!["content"]![0]!["text"]!.GetValue<string>().ShouldContain("'changed_files' or 'base'");
    }

    [Fact]
    public void Work_items_are_resources_and_a_changed_file_is_announced_to_its_subscriber()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        foreach (var file in ExampleFiles)
        {
            folder.WriteBytes("work-items/" + Path.GetFileName(file), File.ReadAllBytes(file));
        }

        var target = Path.Combine(folder.Path, "work-items", "orders-status-column.md");
        var changedText = File.ReadAllText(target).Replace("Support cannot tell", "Support still cannot tell", StringComparison.Ordinal);
        var dependency = Path.Combine(folder.Path, "work-items", "money-decimal-type.md");
        var renamed = File.ReadAllText(dependency).Replace("id: WI-MONEY-0031", "id: WI-MONEY-0032", StringComparison.Ordinal);
        var lintDependent = Call("lint", new JsonObject { ["path"] = "work-items/billing-invoice-rounding.md" });
        var results = Run(
            [
                Step("resources"),
                new JsonObject { ["op"] = "read", ["uri"] = "tamer://work-items/WI-ORD-0210" },
                new JsonObject { ["op"] = "subscribe", ["uri"] = "tamer://work-items/WI-ORD-0210" },
                new JsonObject { ["op"] = "write", ["file"] = target, ["text"] = changedText },
                new JsonObject { ["op"] = "waitUpdated", ["uri"] = "tamer://work-items/WI-ORD-0210", ["timeoutMs"] = 15000 },
                new JsonObject { ["op"] = "read", ["uri"] = "tamer://work-items/WI-ORD-0210" },
                lintDependent,
                new JsonObject { ["op"] = "subscribe", ["uri"] = "tamer://work-items/WI-MONEY-0031" },
                new JsonObject { ["op"] = "write", ["file"] = dependency, ["text"] = renamed },
                new JsonObject { ["op"] = "waitUpdated", ["uri"] = "tamer://work-items/WI-MONEY-0031", ["timeoutMs"] = 15000 },
                lintDependent.DeepClone(),
            ],
            folder.Path);

        var uris = results[1]!["result"]!["resources"]!.AsArray().Select(r => r!["uri"]!.GetValue<string>()).ToList();
        uris.Count.ShouldBe(ExampleFiles.Length);
        uris.ShouldContain("tamer://work-items/WI-ORD-0210");
        results[2]!["result"]!["contents"]![0]!["text"]!.GetValue<string>().ShouldBe(File.ReadAllText(Path.Combine(Examples, "work-items", "orders-status-column.md")));
        results[5]!["result"]!["updated"]!.GetValue<bool>().ShouldBeTrue("the subscriber hears that the file changed");
        results[6]!["result"]!["contents"]![0]!["text"]!.GetValue<string>().ShouldBe(changedText);
        Diagnostics(results[7]!).ShouldNotContain(d => d.Id == "TMR4001");
        results[10]!["result"]!["updated"]!.GetValue<bool>().ShouldBeTrue("a Work Item whose id went away is announced to its subscriber");
        Diagnostics(results[11]!).ShouldContain(d => d.Id == "TMR4001", "the workspace the server keeps follows the change of another file");
    }

    [Fact]
    public void Every_hostile_input_sent_as_text_gets_diagnostics_and_the_server_keeps_answering()
    {
        using var folder = new TemporaryDirectory();
        var steps = new JsonArray();
        foreach (var name in HostileInputs.Names)
        {
            var input = folder.WriteBytes(name + ".bin", HostileInputs.Create(name).Bytes);
            steps.Add(new JsonObject { ["op"] = "call", ["name"] = "lint", ["arguments"] = new JsonObject { ["path"] = "work-items/" + name + ".md" }, ["textFromFile"] = input });
        }

        steps.Add(Call("lint", new JsonObject { ["path"] = "work-items/orders-status-column.md" }));
        var results = Run(steps, Examples);

        for (var i = 0; i < HostileInputs.Names.Count; i++)
        {
            var name = HostileInputs.Names[i];
            var (bytes, id, line, column) = HostileInputs.Create(name);
            var outcome = results[i + 1]!;
            outcome["protocolError"].ShouldBeNull(name);
            var result = outcome["result"]!;
            result["isError"].ShouldBeNull(name + ": " + result["content"]?.ToJsonString());
            var diagnostics = Diagnostics(outcome);
            diagnostics.ShouldNotBeEmpty(name);

            // The client sends a string: bytes that are not UTF-8 arrive with U+FFFD in their place.
            if (Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes)).AsSpan().SequenceEqual(bytes))
            {
                diagnostics.ShouldContain(d => d.Id == id && d.Line == line && d.Column == column, name);
            }
        }

        var last = results[HostileInputs.Names.Count + 1]!["result"]!;
        last["isError"].ShouldBeNull();
        last["structuredContent"]!["id"]!.GetValue<string>().ShouldBe("WI-ORD-0210");
    }

    [Fact]
    public void A_path_outside_the_root_or_a_missing_file_is_a_tool_error()
    {
        var results = Run(
            [
                Call("lint", new JsonObject { ["path"] = "../README.md" }),
                Call("lint", new JsonObject { ["path"] = "work-items/none.md" }),
                Call("lint", new JsonObject { ["path"] = "work-items/orders-status-column.md", ["paths"] = "x" }),
            ],
            Examples);

        results.Skip(1).ShouldAllBe(r => r!["result"]!["isError"]!.GetValue<bool>());
        results[1]!["result"]!["content"]![0]!["text"]!.GetValue<string>().ShouldContain("outside the folder");
        results[2]!["result"]!["content"]![0]!["text"]!.GetValue<string>().ShouldContain("no such file: work-items/none.md");
        results[3]!["result"]!["content"]![0]!["text"]!.GetValue<string>().ShouldContain("unknown argument 'paths'");
    }

    [Fact]
    public void Lint_reads_a_file_in_the_format_the_configuration_gives_it_as_the_command_line_does()
    {
        using var folder = new TemporaryDirectory();
        const string task = "---\nid: task-7\ntitle: Health check\nstatus: In Progress\ndependencies: []\n---\n\n## Acceptance Criteria\n<!-- AC:BEGIN -->\n- [ ] #1 GET /health responds with 200\n- [ ] #2 The page feels fast\n<!-- AC:END -->\n";
        folder.Write("planning/task-7 - Health-check.md", task);
        folder.Write(".tamer.yml", "include: [\"planning/**/*.md\"]\nformats:\n  \"planning/**\": backlog-md\n");

        var results = Run(
            [
                Call("lint", new JsonObject { ["path"] = "planning/task-7 - Health-check.md" }),
                Call("lint", new JsonObject { ["path"] = "planning/task-7 - Health-check.md", ["text"] = task.Replace("feels fast", "feels fast and smooth", StringComparison.Ordinal) }),
            ],
            folder.Path);

        var expected = CommandLineFile(folder.Path, "lint", "planning/task-7 - Health-check.md", "--format", "json");
        results[1]!["result"]!["structuredContent"]!["diagnostics"]!.ToJsonString().ShouldBe(expected["diagnostics"]!.ToJsonString());
        var edited = Diagnostics(results[2]!);
        edited.ShouldNotContain(d => d.Id.StartsWith("TMR00", StringComparison.Ordinal));
        edited.ShouldContain(d => d.Id == "TMR2005" && d.Message.StartsWith("criterion #2: 'smooth'", StringComparison.Ordinal));
    }

    private static JsonArray Run(JsonArray steps, string root)
    {
        var outcome = McpClientScript.Run(steps, "stdio", "dotnet", Path.Combine(AppContext.BaseDirectory, "dotnet-tamer-lint.dll"), "mcp", "--root", root);
        outcome["connectError"].ShouldBeNull(outcome.ToJsonString());
        return outcome["results"]!.AsArray();
    }

    private static JsonObject Step(string op) => new() { ["op"] = op };

    private static JsonObject Call(string name, JsonObject arguments) => new() { ["op"] = "call", ["name"] = name, ["arguments"] = arguments };

    private static List<(string Id, int Line, int Column, string Message)> Diagnostics(JsonNode outcome) =>
        outcome["result"]!["structuredContent"]!["diagnostics"]!.AsArray()
            .Select(d => (d!["id"]!.GetValue<string>(), d["line"]!.GetValue<int>(), d["column"]!.GetValue<int>(), d["message"]!.GetValue<string>()))
            .ToList();

    private static JsonObject CommandLineFile(string folder, params string[] args)
    {
        var run = CliRun.InProcess(folder, args);
        return (JsonObject)JsonNode.Parse(run.Output)!["files"]![0]!;
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
