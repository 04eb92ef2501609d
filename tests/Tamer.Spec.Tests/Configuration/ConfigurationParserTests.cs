using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Tests.Configuration;

public sealed class ConfigurationParserTests
{
    [Fact]
    public void A_full_configuration_is_read()
    {
        var result = ConfigurationParser.Parse(".tamer.yml", """
            include: ["work-items/**/*.md"]
            exclude: ["work-items/archive/**"]
            rules:
              scope: "2.*"
              acceptance: "[3.0,4.0)"
              invariants: off
            severity:
              TMR1004: warning
            plugins: [tools/Acme.Tamer.Rules.dll]
            """);

        result.Diagnostics.ShouldBeEmpty();
        var configuration = result.Configuration;
        configuration.Include.ShouldBe(new[] { "work-items/**/*.md" });
        configuration.Exclude.ShouldBe(new[] { "work-items/archive/**" });
        configuration.FindRule("scope")!.Range!.IsFloating.ShouldBeTrue();
        configuration.FindRule("invariants")!.IsOff.ShouldBeTrue();
        configuration.FindSeverity("TMR1004")!.Severity.ShouldBe(DiagnosticSeverity.Warning);
        configuration.Plugins.Single().Path.ShouldBe("tools/Acme.Tamer.Rules.dll");
    }

    [Theory]
    [InlineData("follow_links_outside: true\n", true)]
    [InlineData("follow_links_outside: false\n", false)]
    [InlineData("follow_links_outside:\n", false)]
    [InlineData("include: [a.md]\n", false)]
    public void Follow_links_outside_is_read_and_off_by_default(string text, bool follow)
    {
        var result = ConfigurationParser.Parse(".tamer.yml", text);

        result.Diagnostics.ShouldBeEmpty();
        result.Configuration.FollowLinksOutside.ShouldBe(follow);
        result.Configuration.WithSeverity(new SeveritySetting("TMR1004", DiagnosticSeverity.Warning, null)).FollowLinksOutside.ShouldBe(follow, "a command-line setting keeps it");
    }

    [Theory]
    [InlineData("follow_links_outside: yes\n", "'follow_links_outside' should be true or false, found 'yes'")]
    [InlineData("follow_links_outside: [true]\n", "'follow_links_outside' should be true or false, found a list")]
    public void Follow_links_outside_that_is_not_a_boolean_is_TMR9001_at_the_value(string text, string message)
    {
        var diagnostic = ConfigurationParser.Parse(".tamer.yml", text).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TMR9001");
        diagnostic.Message.ShouldBe("invalid configuration: " + message);
        diagnostic.Location!.Start.Line.ShouldBe(1);
        diagnostic.Location.Start.Column.ShouldBe(23);
    }

    [Theory]
    [InlineData("alias-bomb", 5, 47, "alias count: aliases that expand to more than 10,000 nodes")]
    [InlineData("nested-brackets", 1, 41, "nesting depth: lists and mappings nested more than 32 deep")]
    public void A_hostile_configuration_is_TMR9001_at_its_line_not_a_crash(string name, int line, int column, string detail)
    {
        var text = name == "alias-bomb"
            ? "rules:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => "  a" + i + ": &a" + i + " [" + string.Join(", ", Enumerable.Repeat("*a" + (i - 1), 10)) + "]\n"))
            : "include: " + new string('[', 20_000) + new string(']', 20_000) + "\n";

        var diagnostic = ConfigurationParser.Parse(".tamer.yml", text).Diagnostics.First();

        diagnostic.Id.ShouldBe("TMR9001");
        diagnostic.Message.ShouldBe("invalid configuration: the YAML is invalid: " + detail);
        (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column).ShouldBe((line, column));
    }

    [Fact]
    public void An_empty_file_means_the_defaults()
    {
        var result = ConfigurationParser.Parse(".tamer.yml", string.Empty);

        result.Diagnostics.ShouldBeEmpty();
        result.Configuration.Include.ShouldBe(TamerConfiguration.DefaultInclude);
    }

    [Fact]
    public void An_unknown_key_is_TMR9001_at_the_key_with_a_suggestion()
    {
        var result = ConfigurationParser.Parse(".tamer.yml", "include: [a.md]\nrulez:\n  scope: off\n");

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("TMR9001");
        diagnostic.Message.ShouldContain("'rulez'");
        diagnostic.Message.ShouldContain("did you mean 'rules'");
        diagnostic.Location!.Start.Line.ShouldBe(2);
        diagnostic.Location.Start.Column.ShouldBe(1);
    }

    [Theory]
    [InlineData("rules:\n  scope: \"[2.0\"\n", "not a NuGet version range")]
    [InlineData("severity:\n  TMR1004: loud\n", "unknown severity 'loud'")]
    [InlineData("include: [/abs/path]\n", "not a usable glob")]
    [InlineData("rules: [scope]\n", "'rules' should be a mapping")]
    [InlineData("- just\n- a list\n", "must be a mapping")]
    [InlineData("rules: {scope: [unclosed\n", "invalid")]
    public void Invalid_values_are_TMR9001_naming_the_problem(string yaml, string expected)
    {
        var result = ConfigurationParser.Parse(".tamer.yml", yaml);

        result.HasErrors.ShouldBeTrue();
        result.Diagnostics.ShouldAllBe(d => d.Id == "TMR9001" && d.Location != null);
        result.Diagnostics.ShouldContain(d => d.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Command_line_settings_are_parsed_and_rejected_with_reasons()
    {
        ConfigurationParser.ParseRuleOption("scope=[1.0,2.0)", out var none)!.Range!.ToNormalizedString().ShouldBe("[1.0.0, 2.0.0)");
        none.ShouldBeNull();
        ConfigurationParser.ParseRuleOption("scope=off", out _)!.IsOff.ShouldBeTrue();
        ConfigurationParser.ParseRuleOption("scope", out var missing).ShouldBeNull();
        missing!.Id.ShouldBe("TMR9001");
        ConfigurationParser.ParseSeverityOption("TMR2003=error", out _)!.Severity.ShouldBe(DiagnosticSeverity.Error);
        ConfigurationParser.ParseSeverityOption("TMR2003=shout", out var bad).ShouldBeNull();
        bad!.Message.ShouldContain("shout");
    }
}
