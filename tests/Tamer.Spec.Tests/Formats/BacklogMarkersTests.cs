using Tamer.Spec.Fixes;
using Tamer.Spec.Formats;
using Tamer.Spec.Text;

namespace Tamer.Spec.Tests.Formats;

/// <summary>
/// A fix to a Backlog.md task never moves text across the marker comments its tools find the
/// criteria by: edits that stay between the same two markers are kept, any other is not.
/// </summary>
public sealed class BacklogMarkersTests
{
    private const string Text = "---\nid: task-7\ntitle: t\nstatus: To Do\n---\n\n## Acceptance Criteria\n<!-- AC:BEGIN -->\n- [ ] #1 GET /a returns 200\n- [ ] GET /b returns 404\n<!-- AC:END -->\n\n## Notes\n\nText.\n";

    private static bool Keeps(params TextEdit[] edits) => FormatProfiles.BacklogMd.KeepsLayout(Text, edits);

    private static int At(string needle) => Text.IndexOf(needle, StringComparison.Ordinal);

    [Fact]
    public void Edits_inside_the_criteria_block_are_kept()
    {
        Keeps(TextEdit.Insert(At("GET /b"), "#2 ")).ShouldBeTrue();
        Keeps(TextEdit.Replace(new TextSpan(At("#1"), 2), "#3"), TextEdit.Insert(At("GET /b"), "#2 ")).ShouldBeTrue();
        Keeps(TextEdit.Insert(At("<!-- AC:END"), "- [ ] #3 GET /c returns 200\n")).ShouldBeTrue("just before the end marker is inside the block");
    }

    [Fact]
    public void Edits_outside_every_block_are_kept()
    {
        Keeps(TextEdit.Replace(new TextSpan(At("To Do"), 5), "Done")).ShouldBeTrue();
    }

    [Fact]
    public void An_edit_that_cuts_into_or_spans_a_marker_is_not_kept()
    {
        Keeps(TextEdit.Delete(new TextSpan(At("<!-- AC:END"), 4))).ShouldBeFalse();
        Keeps(TextEdit.Insert(At("<!-- AC:END") + 3, "x")).ShouldBeFalse();
        Keeps(TextEdit.Delete(TextSpan.FromBounds(At("- [ ] GET /b"), At("## Notes")))).ShouldBeFalse();
    }

    [Fact]
    public void Edits_on_both_sides_of_a_marker_are_not_kept_since_together_they_could_move_text_across_it()
    {
        Keeps(TextEdit.Delete(new TextSpan(At("- [ ] GET /b"), "- [ ] GET /b returns 404\n".Length)), TextEdit.Insert(At("Text."), "- [ ] GET /b returns 404\n")).ShouldBeFalse();
    }

    [Fact]
    public void An_edit_that_writes_a_marker_is_not_kept()
    {
        Keeps(TextEdit.Insert(At("Text."), "<!-- AC:BEGIN -->\n")).ShouldBeFalse();
    }

    [Fact]
    public void Near_miss_the_native_format_keeps_any_edit()
    {
        FormatProfiles.Native.KeepsLayout(Text, [TextEdit.Insert(At("<!-- AC:END") + 3, "x")]).ShouldBeTrue();
    }
}
