using System.Text.Json.Nodes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>Cross-item checks see the workspace on disk, read again when the client tells of a change.</summary>
public sealed class WorkspaceChangeTests
{
    private const int Created = 1;
    private const int Changed = 2;

    [Fact]
    public void An_unknown_dependency_raises_TMR4001_and_the_Work_Item_added_on_disk_clears_it()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        var billing = folder.WriteBytes("work-items/billing-invoice-rounding.md", File.ReadAllBytes(Examples.WorkItem("billing-invoice-rounding.md")));
        var money = File.ReadAllText(Examples.WorkItem("money-decimal-type.md"));
        folder.Write("work-items/money-decimal-type.md", money);
        var text = File.ReadAllText(billing);
        using var client = LspClient.Start(folder.Path, watchesFiles: true);
        client.Open(billing, text);
        client.WaitForDiagnostics(billing).Codes.ShouldNotContain("TMR4001");
        var registration = client.ServerRequests.Single(r => r["method"]!.GetValue<string>() == "client/registerCapability");
        var watchers = registration["params"]!["registrations"]![0]!["registerOptions"]!["watchers"]!.AsArray().Select(w => w!["globPattern"]!.GetValue<string>()).ToList();
        watchers.ShouldContain("**/*.md");
        watchers.ShouldContain("**/.tamer.yml");

        var edited = text.Replace("depends_on: [WI-MONEY-0031]", "depends_on: [WI-MONEY-0099]", StringComparison.Ordinal);
        edited.ShouldNotBe(text);
        var line = edited[..edited.IndexOf("WI-MONEY-0099", StringComparison.Ordinal)].Count(c => c == '\n');
        client.ChangeAll(billing, edited, version: 2);
        var unknown = client.WaitForDiagnostics(billing, p => p.Params["version"]!.GetValue<int>() == 2);
        var tmr4001 = unknown.Diagnostics.Single(d => d["code"]!.GetValue<string>() == "TMR4001");
        tmr4001["range"]!["start"]!["line"]!.GetValue<int>().ShouldBe(line);
        tmr4001["message"]!.GetValue<string>().ShouldContain("WI-MONEY-0099");

        var seen = client.PublishedCount(billing);
        var added = folder.Write("work-items/money-rounding-mode.md", money.Replace("WI-MONEY-0031", "WI-MONEY-0099", StringComparison.Ordinal));
        WatchedFilesChanged(client, (added, Created));

        client.WaitForDiagnostics(billing, skip: seen).Codes.ShouldNotContain("TMR4001");
    }

    [Fact]
    public void A_changed_tamer_yml_is_read_again_without_a_restart()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        var file = folder.WriteBytes("work-items/reports-csv-export.md", File.ReadAllBytes(Examples.WorkItem("reports-csv-export.md")));
        using var client = LspClient.Start(folder.Path, watchesFiles: true);
        client.Open(file, File.ReadAllText(file));
        client.WaitForDiagnostics(file).Codes.ShouldContain("TMR0005");

        var seen = client.PublishedCount(file);
        var configuration = folder.Write(".tamer.yml", "severity:\n  TMR0005: none\n");
        WatchedFilesChanged(client, (configuration, Created));
        var after = client.WaitForDiagnostics(file, skip: seen);
        after.Codes.ShouldNotContain("TMR0005");
        after.Codes.ShouldContain("TMR0007");

        seen = client.PublishedCount(file);
        File.WriteAllText(configuration, "severity:\n  TMR0005: none\n  TMR0007: none\n");
        WatchedFilesChanged(client, (configuration, Changed));
        client.WaitForDiagnostics(file, skip: seen).Codes.ShouldNotContain("TMR0007");
    }

    [Fact]
    public void A_configuration_with_an_error_is_shown_to_the_user_once_and_clears_the_diagnostics()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write(".tamer.yml", "severity: [not, a, mapping]\n");
        var file = folder.WriteBytes("work-items/reports-csv-export.md", File.ReadAllBytes(Examples.WorkItem("reports-csv-export.md")));
        var expected = CommandLine.Run(folder.Path, "lint", "work-items/reports-csv-export.md");
        using var client = LspClient.Start(folder.Path);
        client.Open(file, File.ReadAllText(file));

        client.WaitForDiagnostics(file).Diagnostics.ShouldBeEmpty();
        var shown = client.NotificationsOf("window/showMessage").Single()!;
        shown["type"]!.GetValue<int>().ShouldBe(1);
        shown["message"]!.GetValue<string>().ShouldContain(".tamer.yml");
        expected.ExitCode.ShouldBe(2);
        client.StandardError.ShouldNotContain("   at ");
    }

    [Fact]
    public void A_rule_pack_that_does_not_load_is_shown_on_tamer_yml_where_the_command_line_reports_it_and_cleared_when_fixed()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        var configuration = folder.Write(".tamer.yml", "# a pack that is not there\nplugins: [tools/missing.dll]\n");
        var file = folder.WriteBytes("work-items/reports-csv-export.md", File.ReadAllBytes(Examples.WorkItem("reports-csv-export.md")));
        var run = CommandLine.Run(folder.Path, "lint", "work-items/reports-csv-export.md");
        var printed = run.Output + run.Error;
        printed.ShouldContain(".tamer.yml(2,11): error TMR9003:");
        using var client = LspClient.Start(folder.Path, watchesFiles: true);
        client.Open(file, File.ReadAllText(file));

        var shown = client.WaitForDiagnostics(configuration);
        var tmr9003 = shown.Diagnostics.Single();
        tmr9003["code"]!.GetValue<string>().ShouldBe("TMR9003");
        tmr9003["range"]!["start"]!["line"]!.GetValue<int>().ShouldBe(1);
        tmr9003["range"]!["start"]!["character"]!.GetValue<int>().ShouldBe(10);
        printed.ShouldContain(tmr9003["message"]!.GetValue<string>());
        client.WaitForDiagnostics(file).Codes.ShouldContain("TMR0007", "the Work Item is still linted");

        var seen = client.PublishedCount(configuration);
        File.WriteAllText(configuration, "# no pack\n");
        WatchedFilesChanged(client, (configuration, Changed));
        client.WaitForDiagnostics(configuration, skip: seen).Diagnostics.ShouldBeEmpty();
    }

    private static void WatchedFilesChanged(LspClient client, params (string Path, int Type)[] changes) =>
        client.Notify("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(changes.Select(c => (JsonNode)new JsonObject { ["uri"] = LspClient.UriOf(c.Path), ["type"] = c.Type }).ToArray()),
        });
}
