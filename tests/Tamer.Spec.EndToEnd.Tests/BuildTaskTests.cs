namespace Tamer.Spec.EndToEnd.Tests;

/// <summary>The Tamer.Spec.Build package in a consumer project: `dotnet build` is the gate.</summary>
[Trait("Category", "e2e")]
public sealed class BuildTaskTests(PackedFeed feed)
{
    [Fact]
    public void A_refused_work_item_fails_the_build_at_its_node_a_fixed_one_passes_and_the_next_build_skips_the_lint()
    {
        var folder = feed.NewConsumer("build");
        Consumer.BuildProject(feed, folder);
        Consumer.Write(folder, "work-items/login.md", WorkItems.Refused);

        var refused = ProcessRun.Dotnet(folder, "build");
        Consumer.Write(folder, "work-items/login.md", WorkItems.Clean);
        var fixedBuild = ProcessRun.Dotnet(folder, "build");
        var unchanged = ProcessRun.Dotnet(folder, "build", "-v:n");

        refused.ExitCode.ShouldBe(1, refused.ToString());
        refused.OutputLines.ShouldContain(l => l.StartsWith("work-items/login.md(5,1): error TMR1002: scope uses the legacy list shape", StringComparison.Ordinal), refused.ToString());
        fixedBuild.ExitCode.ShouldBe(0, fixedBuild.ToString());
        fixedBuild.Output.ShouldNotContain("TMR");
        unchanged.ExitCode.ShouldBe(0, unchanged.ToString());
        unchanged.Output.ShouldContain("Skipping target \"TamerLint\" because all output files are up-to-date");
    }

    [Fact]
    public void A_link_to_the_parent_adds_nothing_and_a_link_outside_is_reported_once_and_not_linted()
    {
        var folder = feed.NewConsumer("links");
        var outside = feed.NewConsumer("outside");
        Consumer.BuildProject(feed, folder);
        Consumer.Write(folder, "work-items/login.md", WorkItems.Clean);
        Consumer.Write(outside, "elsewhere.md", WorkItems.Refused.Replace("WI-E2E-0001", "WI-E2E-0002", StringComparison.Ordinal));
        Directory.CreateSymbolicLink(Path.Combine(folder, "work-items", "loop"), "..");
        Directory.CreateSymbolicLink(Path.Combine(folder, "work-items", "shared"), outside);

        var outcome = ProcessRun.Dotnet(folder, "build");
        Consumer.Write(folder, ".tamer.yml", "follow_links_outside: true\n");
        var following = ProcessRun.Dotnet(folder, "build");

        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        outcome.OutputLines.Where(l => l.Contains("warning TMR9004: work-items/shared is a link to " + outside + ", outside the repository", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().Count().ShouldBe(1, outcome.ToString());
        outcome.Output.ShouldNotContain("error TMR", Case.Sensitive, "neither the linked Work Item nor a duplicate through the loop is linted");
        following.ExitCode.ShouldBe(1, following.ToString());
        following.OutputLines.ShouldContain(l => l.StartsWith("work-items/shared/elsewhere.md(5,1): error TMR1002: ", StringComparison.Ordinal), following.ToString());
        following.Output.ShouldNotContain("TMR9004");
        following.Output.ShouldNotContain("TMR0004", Case.Sensitive, "the loop adds no second copy");
    }

    [Fact]
    public void NoWarn_WarningsAsErrors_and_TamerLintEnabled_work_for_TMR_ids()
    {
        var folder = feed.NewConsumer("switches");
        Consumer.Write(folder, "work-items/session.md", WorkItems.WarnsAboutInvariants);

        Consumer.BuildProject(feed, folder);
        var plain = ProcessRun.Dotnet(folder, "build");
        Consumer.BuildProject(feed, folder, "<NoWarn>$(NoWarn);TMR3001</NoWarn>");
        var noWarn = ProcessRun.Dotnet(folder, "build");
        Consumer.BuildProject(feed, folder, "<WarningsAsErrors>$(WarningsAsErrors);TMR3001</WarningsAsErrors>");
        var asErrors = ProcessRun.Dotnet(folder, "build");
        Consumer.BuildProject(feed, folder, "<TamerTreatWarningsAsErrors>true</TamerTreatWarningsAsErrors>");
        var tamerAsErrors = ProcessRun.Dotnet(folder, "build");
        Consumer.Write(folder, "work-items/login.md", WorkItems.Refused);
        Consumer.BuildProject(feed, folder, "<TamerLintEnabled>false</TamerLintEnabled>");
        var disabled = ProcessRun.Dotnet(folder, "build");

        plain.ExitCode.ShouldBe(0, plain.ToString());
        plain.OutputLines.ShouldContain(l => l.StartsWith("work-items/session.md(12,36): warning TMR3001: ", StringComparison.Ordinal), plain.ToString());
        noWarn.ExitCode.ShouldBe(0, noWarn.ToString());
        noWarn.Output.ShouldNotContain("TMR3001");
        asErrors.ExitCode.ShouldBe(1, asErrors.ToString());
        asErrors.OutputLines.ShouldContain(l => l.StartsWith("work-items/session.md(12,36): error TMR3001: ", StringComparison.Ordinal), asErrors.ToString());
        tamerAsErrors.ExitCode.ShouldBe(1, tamerAsErrors.ToString());
        tamerAsErrors.OutputLines.ShouldContain(l => l.Contains(": error TMR3001: ", StringComparison.Ordinal));
        disabled.ExitCode.ShouldBe(0, disabled.ToString());
        disabled.Output.ShouldNotContain("TMR");
    }

    [Fact]
    public void A_project_without_sources_is_linted_too_and_the_SARIF_report_is_written()
    {
        var folder = feed.NewConsumer("nosources");
        Consumer.BuildProject(feed, folder, "<TamerSarifOutput>$(MSBuildProjectDirectory)/reports/tamer.sarif</TamerSarifOutput>", withSources: false);
        Consumer.Write(folder, "work-items/login.md", WorkItems.Refused);

        var outcome = ProcessRun.Dotnet(folder, "build");

        outcome.ExitCode.ShouldBe(1, outcome.ToString());
        outcome.OutputLines.ShouldContain(l => l.StartsWith("work-items/login.md(5,1): error TMR1002: ", StringComparison.Ordinal));
        var sarif = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "reports", "tamer.sarif")));
        sarif.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).ShouldContain("TMR1002");
    }

    [Fact]
    public void Work_items_come_from_the_configuration_next_to_the_repository_root()
    {
        var root = feed.NewConsumer("configured");
        var project = Path.Combine(root, "src", "App");
        Directory.CreateDirectory(project);
        File.Move(Path.Combine(root, "nuget.config"), Path.Combine(project, "nuget.config"));
        Consumer.BuildProject(feed, project);
        Consumer.Write(root, ".tamer.yml", "include: [specs/]\n");
        Consumer.Write(root, "specs/login.md", WorkItems.Refused);
        Consumer.Write(root, "work-items/ignored.md", WorkItems.Refused.Replace("WI-E2E-0001", "WI-E2E-0009", StringComparison.Ordinal));

        var outcome = ProcessRun.Dotnet(project, "build");

        outcome.ExitCode.ShouldBe(1, outcome.ToString());
        outcome.OutputLines.ShouldContain(l => l.StartsWith("../../specs/login.md(5,1): error TMR1002: ", StringComparison.Ordinal), outcome.ToString());
        outcome.Output.ShouldNotContain("ignored.md");
    }

    [Fact]
    public void A_TamerRulePack_item_fails_the_build_with_the_packs_error_at_the_Work_Items_line()
    {
        var folder = feed.NewConsumer("rulepack");
        var pack = Tamer.Spec.Testing.RepositoryPaths.InRepository("examples", "rule-pack", "bin", "Acme.Tamer.Rules.dll");
        Consumer.Write(folder, "Library.cs", "namespace Consumer;\n\npublic static class Library\n{\n    public static int Answer => 42;\n}\n");
        Consumer.Write(folder, "Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Tamer.Spec.Build" Version="{feed.Version}" />
                <TamerRulePack Include="{pack}" />
                <TamerRulePack Include="tools/Missing.Rules.dll" />
              </ItemGroup>
            </Project>
            """);
        Consumer.Write(folder, "work-items/orders.md", WorkItems.WritesMigrationWithoutRollback);
        Consumer.Write(folder, ".tamer.yml", "plugins: [" + pack + "]\n");

        var outcome = ProcessRun.Dotnet(folder, "build");
        Consumer.Write(folder, ".tamer.yml", "# no plugins\n");
        var withoutPlugins = ProcessRun.Dotnet(folder, "build");
        Consumer.Write(folder, ".tamer.yml", "plugins: [" + pack + "]\n");
        Consumer.Write(folder, "Consumer.csproj", File.ReadAllText(Path.Combine(folder, "Consumer.csproj")).Replace("<TamerRulePack Include=\"" + pack + "\" />", string.Empty, StringComparison.Ordinal));
        var fromConfiguration = ProcessRun.Dotnet(folder, "build");

        outcome.ExitCode.ShouldBe(1, outcome.ToString());
        outcome.OutputLines.ShouldContain(l => l.StartsWith("work-items/orders.md(6,11): error ACME1001: the Work Item writes 'db/migrations/0042_add_region.sql' but neither non_goals nor accepted_failures says how a migration is rolled back", StringComparison.Ordinal), outcome.ToString());
        outcome.OutputLines.ShouldContain(l => l.Contains("warning TMR9003: rule pack plugin", StringComparison.Ordinal) && l.Contains("Missing.Rules.dll' was not loaded: the file", StringComparison.Ordinal), outcome.ToString());
        outcome.Output.ShouldNotContain("error TMR", Case.Sensitive, "the built-in packs still run and find nothing else");
        outcome.Output.ShouldNotContain("already provided", Case.Sensitive, "the pack named in plugins and as an item is loaded once");
        withoutPlugins.OutputLines.ShouldContain(l => l.StartsWith("work-items/orders.md(6,11): error ACME1001: ", StringComparison.Ordinal), "the item alone loads the pack: " + withoutPlugins);
        fromConfiguration.ExitCode.ShouldBe(1, fromConfiguration.ToString());
        fromConfiguration.OutputLines.ShouldContain(l => l.StartsWith("work-items/orders.md(6,11): error ACME1001: ", StringComparison.Ordinal), "the configuration's plugins alone load the pack: " + fromConfiguration);
    }
}
