using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Tests.Format;

/// <summary>The format rule's headline cases, each asserted with ID, line and column.</summary>
public sealed class FormatAcceptanceTests
{
    private static Diagnostic Single(string file, string id) =>
        FormatFixtures.Folder.Diagnostics(file).Where(d => d.Id == id).ShouldHaveSingleItem();

    private static void ShouldBeAt(Diagnostic diagnostic, int line, int column)
    {
        diagnostic.Location!.Start.Line.ShouldBe(line);
        diagnostic.Location.Start.Column.ShouldBe(column);
    }

    [Fact]
    public void No_frontmatter_is_TMR0001_at_the_first_character() =>
        ShouldBeAt(Single("no-frontmatter.md", "TMR0001"), 1, 1);

    [Fact]
    public void A_yaml_error_on_frontmatter_line_4_is_TMR0002_on_file_line_5() =>
        ShouldBeAt(Single("yaml-syntax-error.md", "TMR0002"), 5, 10);

    [Fact]
    public void A_missing_id_is_TMR0003_at_the_opening_line()
    {
        var diagnostic = Single("missing-id.md", "TMR0003");

        ShouldBeAt(diagnostic, 1, 1);
        diagnostic.Message.ShouldContain("'id' is missing");
    }

    [Fact]
    public void The_same_id_in_two_files_is_TMR0004_in_both_naming_the_other()
    {
        var first = Single("duplicate-id-a.md", "TMR0004");
        var second = Single("duplicate-id-b.md", "TMR0004");

        ShouldBeAt(first, 2, 5);
        ShouldBeAt(second, 2, 5);
        first.Message.ShouldContain("duplicate-id-b.md(2,5)");
        second.Message.ShouldContain("duplicate-id-a.md(2,5)");
    }

    [Fact]
    public void A_misspelt_key_is_TMR0005_with_a_did_you_mean()
    {
        var diagnostic = FormatFixtures.Folder.Diagnostics("unknown-keys.md").First(d => d.Id == "TMR0005");

        ShouldBeAt(diagnostic, 4, 1);
        diagnostic.Message.ShouldContain("did you mean 'scope'");
    }

    [Fact]
    public void An_unknown_status_is_TMR0007_at_the_value()
    {
        var diagnostic = Single("wrong-status.md", "TMR0007");

        ShouldBeAt(diagnostic, 4, 9);
        diagnostic.Message.ShouldContain("'doing'");
    }

    [Fact]
    public void An_empty_justification_is_TMR0009_at_the_justification()
    {
        var diagnostic = Single("suppress-empty.md", "TMR0009");

        ShouldBeAt(diagnostic, 4, 21);
        diagnostic.Message.ShouldContain("has no justification");
    }

    [Fact]
    public void A_suppression_of_an_id_no_loaded_rule_reports_is_TMR0009_at_the_id()
    {
        var diagnostic = Single("suppress-tmr2003.md", "TMR0009");

        ShouldBeAt(diagnostic, 4, 12);
        diagnostic.Message.ShouldContain("'TMR2003'");
    }
}
