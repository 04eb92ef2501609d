using Tamer.Spec.Fixes;
using Tamer.Spec.Parsing;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Tests.Fixes;

/// <summary>Edits that add or remove entries in the file's own style.</summary>
public sealed class FrontmatterEditsTests
{
    private static (WorkItemDocument Document, FrontmatterStyle Style) Parse(string text)
    {
        var document = WorkItemParser.Parse("a.md", text);
        return (document, FrontmatterStyle.Of(document));
    }

    private static string Apply(WorkItemDocument document, TextEdit edit) => FixApplier.ApplyEdits(document.Text.Text, new[] { edit });

    [Theory]
    [InlineData("---\nid: A-1\ntitle: t\nscope:\n  write: [a.ts]  # c\n---\n", "---\nid: A-1\ntitle: t\nscope:\n  write: [a.ts]  # c\n  extend_scope: false\n---\n")]
    [InlineData("---\r\nid: A-1\r\ntitle: t\r\nscope:\r\n    write:\r\n      - a.ts\r\n---\r\n", "---\r\nid: A-1\r\ntitle: t\r\nscope:\r\n    write:\r\n      - a.ts\r\n    extend_scope: false\r\n---\r\n")]
    [InlineData("---\nid: A-1\ntitle: t\nscope: {write: [a.ts]}\n---\n", "---\nid: A-1\ntitle: t\nscope: {write: [a.ts], extend_scope: false}\n---\n")]
    [InlineData("---\nid: A-1\ntitle: t\nscope: {}\n---\n", "---\nid: A-1\ntitle: t\nscope: {extend_scope: false}\n---\n")]
    public void An_entry_is_added_in_the_mappings_own_form(string before, string after)
    {
        var (document, style) = Parse(before);
        var scope = (YamlMapping)document.WorkItem!.Frontmatter!.Find("scope")!.Value;

        Apply(document, FrontmatterEdits.AddMappingEntry(document.Text, style, scope, "extend_scope", "false")).ShouldBe(after);
    }

    // Found by fuzzing the fix target (fuzz/findings/fix/crash-000000-explicit-key-without-value):
    // a last entry with an empty value span put the new entry after the closing line, in the body,
    // once per pass.
    [Theory]
    [InlineData("scope:\n  write: [a.ts]\n  ? x\n---\nbody\n", "scope:\n  write: [a.ts]\n  ? x\n  extend_scope: false\n---\nbody\n")]
    [InlineData("scope:\n  write: [a.ts]\n  ? x: y\n---\nbody\n", "scope:\n  write: [a.ts]\n  ? x: y\n  extend_scope: false\n---\nbody\n")]
    [InlineData("scope:\n  write: [a.ts]\n  note: |\n    kept as written\n---\nbody\n", "scope:\n  write: [a.ts]\n  note: |\n    kept as written\n  extend_scope: false\n---\nbody\n")]
    public void Fuzz_fix_crash_000000_an_entry_after_a_key_without_value_or_a_block_scalar_stays_inside_the_frontmatter(string before, string after)
    {
        var (document, style) = Parse("---\nid: A-1\ntitle: t\n" + before);
        var scope = (YamlMapping)document.WorkItem!.Frontmatter!.Find("scope")!.Value;

        Apply(document, FrontmatterEdits.AddMappingEntry(document.Text, style, scope, "extend_scope", "false")).ShouldBe("---\nid: A-1\ntitle: t\n" + after);
    }

    [Fact]
    public void A_list_item_after_an_empty_last_item_stays_inside_the_frontmatter()
    {
        var (document, style) = Parse("---\nid: X-1\ntitle: t\ndepends_on:\n  - A-1\n  -\n---\nbody\n");
        var list = (YamlSequence)document.WorkItem!.Frontmatter!.Find("depends_on")!.Value;

        Apply(document, FrontmatterEdits.AddSequenceItem(document.Text, style, list, "C-3")!).ShouldBe("---\nid: X-1\ntitle: t\ndepends_on:\n  - A-1\n  -\n  - C-3\n---\nbody\n");
    }

    [Theory]
    [InlineData("depends_on: [A-1, B-2]", "depends_on: [A-1, B-2, C-3]")]
    [InlineData("depends_on: []", "depends_on: [C-3]")]
    [InlineData("depends_on:\n  - A-1  # first\n  - 'B-2'", "depends_on:\n  - A-1  # first\n  - 'B-2'\n  - C-3")]
    [InlineData("depends_on:\n- A-1", "depends_on:\n- A-1\n- C-3")]
    public void A_list_item_is_added_in_the_lists_own_form(string before, string after)
    {
        var (document, style) = Parse("---\nid: X-1\ntitle: t\n" + before + "\n---\n");
        var list = (YamlSequence)document.WorkItem!.Frontmatter!.Find("depends_on")!.Value;

        Apply(document, FrontmatterEdits.AddSequenceItem(document.Text, style, list, "C-3")!).ShouldBe("---\nid: X-1\ntitle: t\n" + after + "\n---\n");
    }

    [Theory]
    [InlineData("depends_on: [A-1, B-2, C-3]", 0, "depends_on: [B-2, C-3]")]
    [InlineData("depends_on: [A-1, B-2, C-3]", 1, "depends_on: [A-1, C-3]")]
    [InlineData("depends_on: [A-1, B-2, C-3]", 2, "depends_on: [A-1, B-2]")]
    [InlineData("depends_on:\n  - A-1\n  - B-2  # gone with it\n  - C-3", 1, "depends_on:\n  - A-1\n  - C-3")]
    [InlineData("depends_on:\n  - A-1\n  - B-2", 1, "depends_on:\n  - A-1")]
    [InlineData("depends_on: [\n  A-1,  # why A\n  A-1\n]", 1, "depends_on: [\n  A-1,  # why A\n]")]
    [InlineData("depends_on: [\n  A-1,  # why A\n  B-2,  # why B\n  C-3\n]", 1, "depends_on: [\n  A-1,  # why A\n  C-3\n]")]
    public void A_list_item_is_removed_with_its_separator_or_its_line(string before, int index, string after)
    {
        var (document, _) = Parse("---\nid: X-1\ntitle: t\n" + before + "\n---\n");
        var list = (YamlSequence)document.WorkItem!.Frontmatter!.Find("depends_on")!.Value;

        Apply(document, FrontmatterEdits.RemoveSequenceItem(document.Text, list, index)!).ShouldBe("---\nid: X-1\ntitle: t\n" + after + "\n---\n");
    }

    [Theory]
    [InlineData("owner: &o A-1\ndepends_on: [*o, B-2]")]
    [InlineData("owner: &o A-1\ndepends_on:\n  - B-2\n  - *o")]
    public void A_list_with_an_alias_item_is_not_edited(string frontmatter)
    {
        var (document, style) = Parse("---\nid: X-1\ntitle: t\n" + frontmatter + "\n---\n");
        var list = (YamlSequence)document.WorkItem!.Frontmatter!.Find("depends_on")!.Value;

        FrontmatterEdits.IsWrittenInPlace(list).ShouldBeFalse();
        FrontmatterEdits.RemoveSequenceItem(document.Text, list, 1).ShouldBeNull();
        FrontmatterEdits.AddSequenceItem(document.Text, style, list, "C-3").ShouldBeNull();
    }

    [Theory]
    [InlineData("status: doing", "in_progress", "status: in_progress")]
    [InlineData("status: \"doing\"", "in \"progress\"", "status: \"in \\\"progress\\\"\"")]
    [InlineData("status: 'doing'", "it's", "status: 'it''s'")]
    [InlineData("status: doing", "a: b", "status: \"a: b\"")]
    [InlineData("status: doing", "true", "status: \"true\"")]
    public void A_value_keeps_its_quoting_or_gets_the_quotes_it_needs(string before, string value, string after)
    {
        var (document, _) = Parse("---\nid: X-1\ntitle: t\n" + before + "\n---\n");
        var scalar = (YamlScalar)document.WorkItem!.Frontmatter!.Find("status")!.Value;

        Apply(document, FrontmatterEdits.ReplaceScalar(scalar, value)!).ShouldBe("---\nid: X-1\ntitle: t\n" + after + "\n---\n");
    }

    [Fact]
    public void Top_level_lines_go_just_before_the_closing_line()
    {
        var (document, style) = Parse("---\r\nid: X-1\r\ntitle: t   # keep\r\n---\r\nbody\r\n");

        Apply(document, FrontmatterEdits.AddTopLevelLines(document, style, "depends_on: [A-1]")).ShouldBe("---\r\nid: X-1\r\ntitle: t   # keep\r\ndepends_on: [A-1]\r\n---\r\nbody\r\n");
    }

    [Fact]
    public void The_indentation_step_is_read_from_the_file()
    {
        Parse("---\nid: X-1\ntitle: t\nscope:\n    write: [a]\n---\n").Style.IndentUnit.ShouldBe("    ");
        Parse("---\nid: X-1\ntitle: t\ndepends_on:\n   - A-1\n---\n").Style.IndentUnit.ShouldBe("   ");
        Parse("---\nid: X-1\ntitle: t\n---\n").Style.IndentUnit.ShouldBe("  ");
    }
}
