using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Tests.Workspace;

public sealed class WorkspaceTests
{
    private static WorkItemDocument Item(string id, string write, string readOnly = "[]", string forbidden = "[]") =>
        WorkItemParser.Parse(id + ".md", $"---\nid: {id}\ntitle: t\nscope:\n  write: {write}\n  read_only: {readOnly}\n  forbidden: {forbidden}\n  extend_scope: false\n---\n");

    [Fact]
    public void Work_items_are_found_by_id_including_duplicates()
    {
        var workspace = new WorkItemWorkspace(new[] { Item("WI-A-1", "[a]"), Item("WI-B-1", "[b]"), Item("WI-A-1", "[c]") });

        workspace.FindById("WI-A-1").Count.ShouldBe(2);
        workspace.FindById("WI-B-1").ShouldHaveSingleItem();
        workspace.FindById("WI-NONE-1").ShouldBeEmpty();
    }

    [Fact]
    public void A_workspace_analysis_is_computed_once_for_all_callers()
    {
        var workspace = new WorkItemWorkspace(new[] { Item("WI-A-1", "[a]") });
        var calls = 0;

        Parallel.For(0, 64, _ => workspace.GetOrAddAnalysis("test.count", w =>
        {
            Interlocked.Increment(ref calls);
            return new object();
        }));

        calls.ShouldBe(1);
    }
}
