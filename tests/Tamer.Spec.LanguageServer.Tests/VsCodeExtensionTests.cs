using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>
/// The VS Code extension builds and packs into a .vsix with its one script (Node and npm needed,
/// as for the MCP tests), and the package's manifest starts <c>tamer-lint lsp</c> on Markdown.
/// </summary>
public sealed class VsCodeExtensionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task The_pack_script_makes_a_vsix_whose_manifest_names_the_server_and_activates_on_Markdown()
    {
        using var output = new TemporaryDirectory();
        var script = RepositoryPaths.InRepository("editors", "vscode", "pack.sh");
        var start = new ProcessStartInfo("bash");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(output.Path);
        var run = ProcessToEnd.Run(start, Timeout);

        run.ExitCode.ShouldBe(0, run.Error);
        var vsix = run.Output.Trim().Split('\n')[^1];
        vsix.ShouldBe(Path.Combine(output.Path, "tamer-spec-1.0.0.vsix"));

        using var package = ZipFile.OpenRead(vsix);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        entries.ShouldContain("extension.vsixmanifest");
        entries.ShouldContain("extension/out/extension.js");
        entries.ShouldContain("extension/readme.md", "the quick start ships with the extension");
        entries.ShouldNotContain("extension/.gitignore");
        entries.ShouldContain(e => e.StartsWith("extension/node_modules/vscode-languageclient/", StringComparison.Ordinal), "the client library is packed with it");
        entries.ShouldNotContain(e => e.StartsWith("extension/src/", StringComparison.Ordinal));

        var manifest = JsonNode.Parse(await Read(package, "extension/package.json"))!;
        manifest["main"]!.GetValue<string>().ShouldBe("./out/extension.js");
        manifest["activationEvents"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldContain("onLanguage:markdown");
        var properties = manifest["contributes"]!["configuration"]!["properties"]!;
        properties["tamer.server.command"]!["default"]!.GetValue<string>().ShouldBe("dotnet");
        properties["tamer.server.args"]!["default"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldBe(["tamer-lint", "lsp"]);

        var extension = await Read(package, "extension/out/extension.js");
        extension.ShouldContain("server.command");
        extension.ShouldContain("server.args");
        extension.ShouldContain("language: \"markdown\"");
    }

    [Fact]
    public void The_documented_settings_are_the_extension_s_and_fix_on_save_names_the_server_s_fix_all_kind()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InRepository("editors", "vscode", "package.json")))!;
        var declared = manifest["contributes"]!["configuration"]!["properties"]!.AsObject();
        var settings = JsonNode.Parse(EditorSnippets.Block("vscode settings.json", "json"))!.AsObject();

        var tamer = settings.Where(p => p.Key.StartsWith("tamer.", StringComparison.Ordinal)).ToList();
        tamer.ShouldNotBeEmpty();
        foreach (var (key, value) in tamer)
        {
            declared.ContainsKey(key).ShouldBeTrue(key + " is not a setting of the extension");
            value!.ToJsonString().ShouldBe(declared[key]!["default"]!.ToJsonString(), key);
        }

        var onSave = settings["[markdown]"]!["editor.codeActionsOnSave"]!.AsObject().Select(p => p.Key).ToList();
        using var folder = new TemporaryDirectory();
        using var client = LspClient.Start(folder.Path);
        var offered = client.Capabilities["codeActionProvider"]!["codeActionKinds"]!.AsArray().Select(k => k!.GetValue<string>());
        onSave.ShouldBe(offered.Where(k => k.StartsWith("source.fixAll", StringComparison.Ordinal)).ToList());
        client.Shutdown().ShouldBe(0);
    }

    private static async Task<string> Read(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open());
        return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
    }
}
