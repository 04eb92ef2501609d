using System.Diagnostics;
using System.Text.Json.Nodes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>
/// A real editor drives the server: Debian's Neovim (0.7), headless, configured with the Neovim 0.7
/// snippet of docs/editors.md (<c>vim.lsp.start_client</c>), opens a Work Item with a legacy scope,
/// and the diagnostics it shows are read back.
/// </summary>
public sealed class NeovimClientTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void Neovim_shows_TMR1002_at_the_line_tamer_lint_reports()
    {
        var neovim = FindOnPath("nvim");
        if (neovim is null)
        {
            // CI installs Debian's neovim package and sets TAMER_REQUIRE_NEOVIM, so there the test cannot skip.
            Environment.GetEnvironmentVariable("TAMER_REQUIRE_NEOVIM").ShouldNotBe("1", "neovim is required here but not on PATH");
            Assert.Skip("nvim is not on PATH (apt-get install neovim)");
        }

        var file = Examples.WorkItem("profile-avatar-upload.md");
        var expected = CommandLine.JsonDiagnostics(Examples.Folder, "work-items/profile-avatar-upload.md").Single(d => d!["id"]!.GetValue<string>() == "TMR1002")!;
        using var output = new TemporaryDirectory();
        var result = Path.Combine(output.Path, "diagnostics.json");
        var init = output.Write("init.lua", InitFromDocs());

        var start = new ProcessStartInfo(neovim) { WorkingDirectory = Examples.Folder, RedirectStandardInput = true };
        foreach (var argument in new[] { "--headless", "-u", init, "-n", "-i", "NONE", "-c", "luafile " + Path.Combine(AppContext.BaseDirectory, "Neovim", "diagnostics.lua") })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TAMER_LSP_COMMAND"] = new JsonArray("dotnet", LspClient.ServerDll, "lsp").ToJsonString();
        start.Environment["TAMER_LSP_FILE"] = file;
        start.Environment["TAMER_LSP_OUT"] = result;
        var run = ProcessToEnd.Run(start, Timeout);

        File.Exists(result).ShouldBeTrue("Neovim wrote no result; stderr: " + run.Error + " stdout: " + run.Output);
        var shown = JsonNode.Parse(File.ReadAllText(result))!;
        shown["arrived"]!.GetValue<bool>().ShouldBeTrue(shown.ToJsonString());
        shown["version"]!.GetValue<string>().ShouldStartWith("0.");
        shown["filetype"]!.GetValue<string>().ShouldBe("markdown");
        shown["clients"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["tamer-lint"]);
        var diagnostics = shown["diagnostics"]!.AsArray();
        var scope = diagnostics.Single(d => d!["code"]?.GetValue<string>() == "TMR1002")!;
        (scope["lnum"]!.GetValue<int>() + 1).ShouldBe(expected["line"]!.GetValue<int>());
        (scope["col"]!.GetValue<int>() + 1).ShouldBe(expected["column"]!.GetValue<int>());
        scope["message"]!.GetValue<string>().ShouldBe(expected["message"]!.GetValue<string>());
        diagnostics.Count.ShouldBe(CommandLine.JsonDiagnostics(Examples.Folder, "work-items/profile-avatar-upload.md").Count);
    }

    // The documented snippet, with the command pointed at the tool built beside the tests.
    private static string InitFromDocs()
    {
        const string Command = "cmd = { \"dotnet\", \"tamer-lint\", \"lsp\" },";
        var block = EditorSnippets.Block("neovim-0.7 init.lua", "lua");
        block.ShouldContain("vim.lsp.start_client");
        block.ShouldContain(Command);
        return block.Replace(Command, "cmd = vim.fn.json_decode(os.getenv('TAMER_LSP_COMMAND')),", StringComparison.Ordinal);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
