using Tamer.Spec.Fixes;

namespace Tamer.Spec.Tests.Fixes;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_give_no_diff() => UnifiedDiff.Create("a.md", "x\n", "x\n").ShouldBeEmpty();

    [Fact]
    public void A_change_has_three_lines_of_context_and_counts()
    {
        var before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        var after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        UnifiedDiff.Create("dir/a.md", before, after).ShouldBe("--- a/dir/a.md\n+++ b/dir/a.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    }

    [Fact]
    public void Distant_changes_make_two_hunks_and_near_ones_one()
    {
        var lines = Enumerable.Range(1, 30).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var before = string.Join("\n", lines) + "\n";
        var after = before.Replace("\n2\n", "\ntwo\n", StringComparison.Ordinal).Replace("\n25\n", "\n25b\n", StringComparison.Ordinal).Replace("\n28\n", "\n28b\n", StringComparison.Ordinal);

        UnifiedDiff.Create("a.md", before, after).Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void Lines_keep_their_endings_and_a_missing_last_break_is_marked()
    {
        var diff = UnifiedDiff.Create("a.md", "a\r\nb", "a\r\nb\r\nc");

        diff.ShouldBe("--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,3 @@\n a\r\n-b\n\\ No newline at end of file\n+b\r\n+c\n\\ No newline at end of file\n");
    }

    [Fact]
    public void Lines_added_to_an_empty_text_start_at_line_0()
    {
        UnifiedDiff.Create("a.md", string.Empty, "x\n").ShouldBe("--- a/a.md\n+++ b/a.md\n@@ -0,0 +1,1 @@\n+x\n");
    }

    [Fact]
    public void A_path_with_a_space_ends_with_a_tab_so_patch_finds_its_end()
    {
        UnifiedDiff.Create("work items/my file.md", "a\n", "b\n").ShouldStartWith("--- a/work items/my file.md\t\n+++ b/work items/my file.md\t\n@@");
    }

    [Fact]
    public void A_carriage_return_alone_is_part_of_its_line()
    {
        UnifiedDiff.Create("a.md", "a\rb\n", "a\rc\n").ShouldBe("--- a/a.md\n+++ b/a.md\n@@ -1,1 +1,1 @@\n-a\rb\n+a\rc\n");
    }

    [Fact]
    public void A_file_whose_every_line_changed_is_replaced_as_one_block()
    {
        var before = string.Concat(Enumerable.Range(0, 20_000).Select(i => "- item " + i + "\n"));
        var after = string.Concat(Enumerable.Range(0, 20_000).Select(i => "- AC-" + i + ": item " + i + "\n"));

        var lines = UnifiedDiff.Create("a.md", "head\n" + before + "tail\n", "head\n" + after + "tail\n").Split('\n');

        lines.Count(l => l.StartsWith("@@", StringComparison.Ordinal)).ShouldBe(1);
        lines[2].ShouldBe("@@ -1,20002 +1,20002 @@");
        lines.Count(l => l.StartsWith('-') && !l.StartsWith("---", StringComparison.Ordinal)).ShouldBe(20_000);
        lines.Count(l => l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal)).ShouldBe(20_000);
    }
}
