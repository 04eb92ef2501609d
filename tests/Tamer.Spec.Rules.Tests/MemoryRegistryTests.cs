using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Memory;
using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests;

/// <summary>The memory pack read as a user meets it: Work Items linted beside registry entries and rejected-design records.</summary>
public sealed class MemoryRegistryTests
{
    private const string RejectedRecord = "---\nid: RD-0007\ntitle: Redis cache for profiles\nstatus: rejected\ndecided: 2026-01-01\nreason: tenancy leaks\nkeywords: [redis, cache]\n---\n";

    private static IReadOnlyList<Diagnostic> Lint(string path, params WorkItemDocument[] documents) =>
        AxisPacks.Engine().Lint(new WorkItemWorkspace(documents), new LintOptions()).Files.Single(f => f.Path == path).Diagnostics;

    [Fact]
    public void Acknowledges_is_a_known_key_so_it_draws_no_TMR0005()
    {
        var item = WorkItemParser.Parse("wi.md", "---\nid: WI-1\ntitle: Profiles\nstatus: draft\nacknowledges:\n  - { id: RD-0007, reason: \"measured, tenancy solved\" }\n---\n");
        var record = WorkItemParser.Parse("RD-0007.md", RejectedRecord, null, MemoryProfiles.RejectedDesignLog);

        var diagnostics = Lint("wi.md", item, record);

        diagnostics.ShouldNotContain(d => d.Id == "TMR0005");
        diagnostics.ShouldNotContain(d => d.Id == "TMR7010");
    }

    [Fact]
    public void A_misspelt_acknowledges_is_still_TMR0005()
    {
        var item = WorkItemParser.Parse("wi.md", "---\nid: WI-1\ntitle: Profiles\nstatus: draft\nacknowledge:\n  - { id: RD-0007, reason: why }\n---\n");

        var diagnostic = Lint("wi.md", item).Where(d => d.Id == "TMR0005").ShouldHaveSingleItem();

        diagnostic.Message.ShouldContain("did you mean 'acknowledges'");
    }
}
