using System.Text.Json;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>Third-party packs named in .tamer.yml: loaded like the built-ins, and a broken one never breaks the run.</summary>
public sealed class PluginTests
{
    private static string ExamplePack => RepositoryPaths.InRepository("examples", "rule-pack", "bin", "Acme.Tamer.Rules.dll");

    [Fact]
    public void The_example_pack_reports_its_diagnostic_with_ID_position_and_help_link()
    {
        using var repository = Repository("plugins: [" + Relative(ExamplePack) + "]\n");

        var text = CliRun.InProcess(repository.Path, "work-items");
        var sarif = CliRun.InProcess(repository.Path, "--format", "sarif", "work-items");

        text.ExitCode.ShouldBe(1);
        text.OutputLines.ShouldContain("work-items/orders.md(6,11): error ACME1001: the Work Item writes 'db/migrations/0042_add_region.sql' but neither non_goals nor accepted_failures says how a migration is rolled back [acme-migrations@2.0.0]");
        using var log = JsonDocument.Parse(sarif.Output);
        var run = log.RootElement.GetProperty("runs")[0];
        var pack = run.GetProperty("tool").GetProperty("extensions").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "acme-migrations");
        pack.GetProperty("semanticVersion").GetString().ShouldBe("2.0.0");
        var rule = pack.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ACME1001");
        rule.GetProperty("helpUri").GetString().ShouldBe("https://github.com/tamer-spec/Tamer.Spec/blob/main/examples/rule-pack/src/docs/ACME1001.md");
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "ACME1001");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()).ShouldBe((6, 11));
    }

    [Fact]
    public void Rules_lists_the_pack_and_its_versions_and_rule_selects_the_older_one()
    {
        using var repository = Repository("plugins: [" + Relative(ExamplePack) + "]\n");

        var rules = CliRun.InProcess(repository.Path, "rules", "--format", "json");
        var pinned = CliRun.InProcess(repository.Path, "--rule", "acme-migrations=1.*", "work-items");

        using var json = JsonDocument.Parse(rules.Output);
        var axis = json.RootElement.GetProperty("axes").EnumerateArray().Single(a => a.GetProperty("axis").GetString() == "acme-migrations");
        axis.GetProperty("selectedVersion").GetString().ShouldBe("2.0.0");
        axis.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetString()).ShouldBe(["1.0.0", "2.0.0"], ignoreOrder: true);
        pinned.ExitCode.ShouldBe(0);
        pinned.OutputLines.ShouldContain(l => l.StartsWith("work-items/orders.md(6,11): warning ACME1001: ", StringComparison.Ordinal) && l.EndsWith("[acme-migrations@1.0.0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_shows_a_plugin_diagnostics_page()
    {
        using var repository = Repository("plugins: [" + Relative(ExamplePack) + "]\n");

        var outcome = CliRun.InProcess(repository.Path, "explain", "ACME1002");

        outcome.ExitCode.ShouldBe(0);
        outcome.OutputLines[0].ShouldBe("# ACME1002: Migrations folder without a trailing slash");
    }

    [Fact]
    public void A_colliding_a_future_and_a_missing_pack_are_each_TMR9003_and_the_built_in_rules_still_decide()
    {
        using var repository = Repository(string.Empty, rollbackNamed: true);
        var packs = Path.Combine(repository.Path, "tools");
        PackCompiler.Compile(packs, "Colliding.Rules", PackCompiler.PackSource("colliding", "TMR2003"));
        PackCompiler.Compile(packs, "Future.Rules", PackCompiler.PackSource("future", "FUT1001", contractVersion: "2.0.0"));
        File.WriteAllText(Path.Combine(repository.Path, ".tamer.yml"), "plugins:\n  - tools/Colliding.Rules.dll\n  - tools/Future.Rules.dll\n  - tools/Missing.Rules.dll\n");

        var outcome = CliRun.InProcess(repository.Path, "work-items");

        outcome.ExitCode.ShouldBe(0, "the Work Items themselves are clean; a broken pack is not a usage error");
        var problems = outcome.OutputLines.Concat(outcome.ErrorLines).Where(l => l.Contains("TMR9003", StringComparison.Ordinal)).ToList();
        problems.Count.ShouldBe(3, string.Join("\n", outcome.OutputLines.Concat(outcome.ErrorLines)));
        problems.ShouldContain(l => l.Contains("'colliding'", StringComparison.Ordinal) && l.Contains("it declares TMR2003, which the 'acceptance' pack owns", StringComparison.Ordinal));
        problems.ShouldContain(l => l.Contains("'future'", StringComparison.Ordinal) && l.Contains("built for rule contract 2.0.0 and this engine implements 1.0.0", StringComparison.Ordinal));
        problems.ShouldContain(l => l.Contains("rule pack plugin 'tools/Missing.Rules.dll' was not loaded: the file", StringComparison.Ordinal) && l.Contains("does not exist", StringComparison.Ordinal));
        problems.ShouldContain(l => l.StartsWith(".tamer.yml(4,5): error TMR9003", StringComparison.Ordinal));
        outcome.OutputLines[^1].ShouldStartWith("1 file checked: 0 refused");
    }

    [Fact]
    public void A_pack_that_loads_is_linted_beside_the_built_ins()
    {
        using var repository = Repository(string.Empty, rollbackNamed: true);
        PackCompiler.Compile(Path.Combine(repository.Path, "tools"), "Good.Rules", PackCompiler.PackSource("good", "GOOD1001"));
        File.WriteAllText(Path.Combine(repository.Path, ".tamer.yml"), "plugins: [tools/Good.Rules.dll]\nseverity:\n  GOOD1001: error\n");

        var outcome = CliRun.InProcess(repository.Path, "work-items");

        outcome.ExitCode.ShouldBe(1);
        outcome.OutputLines.ShouldContain("work-items/orders.md(1,1): error GOOD1001: reported by good [good@1.0.0]");
    }

    [Fact]
    public void Plugin_paths_are_relative_to_the_configuration_file_not_to_the_working_folder()
    {
        using var repository = Repository(string.Empty, rollbackNamed: true, folder: "services/orders");
        PackCompiler.Compile(Path.Combine(repository.Path, "services", "tools"), "Good.Rules", PackCompiler.PackSource("good", "GOOD1001"));
        repository.Write("services/orders/.tamer.yml", "plugins: [../tools/Good.Rules.dll]\n");

        var outcome = CliRun.InProcess(repository.Path, "services/orders/work-items");

        outcome.OutputLines.ShouldContain("services/orders/work-items/orders.md(1,1): warning GOOD1001: reported by good [good@1.0.0]", string.Join("\n", outcome.OutputLines.Concat(outcome.ErrorLines)));
        outcome.ErrorLines.ShouldBeEmpty();
    }

    [Fact]
    public void Settings_for_a_pack_that_did_not_load_are_warnings_not_a_usage_error()
    {
        using var repository = Repository("plugins: [tools/Missing.Rules.dll]\nrules:\n  acme-migrations: \"1.*\"\nseverity:\n  ACME1001: error\n", rollbackNamed: true);

        var outcome = CliRun.InProcess(repository.Path, "work-items");

        outcome.ExitCode.ShouldBe(0, string.Join("\n", outcome.OutputLines.Concat(outcome.ErrorLines)));
        var lines = outcome.OutputLines.Concat(outcome.ErrorLines).ToList();
        lines.ShouldContain(l => l.Contains("TMR9003", StringComparison.Ordinal) && l.Contains("Missing.Rules.dll", StringComparison.Ordinal));
        lines.Count(l => l.Contains("warning TMR9001", StringComparison.Ordinal) && l.Contains("a rule pack was not loaded", StringComparison.Ordinal)).ShouldBe(2);
    }

    private static TemporaryDirectory Repository(string configuration, bool rollbackNamed = false, string folder = "")
    {
        var repository = new TemporaryDirectory();
        repository.MakeRepository();
        if (configuration.Length > 0)
        {
            repository.Write(".tamer.yml", configuration);
        }

        repository.Write(Path.Combine(folder, "work-items", "orders.md"), MigrationWorkItems.Orders(rollbackNamed));
        return repository;
    }

    private static string Relative(string path) => path.Replace('\\', '/');
}
