using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Formats;
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

    private static WorkItemDocument Entry(string id) =>
        WorkItemParser.Parse("invariants/entry.md", "---\nid: " + id + "\nstatement: every query is filtered by tenant\nconsequence: data leaks\napplies_to: [src/tenancy/**]\nowner: team\n---\n", null, MemoryProfiles.InvariantRegistry);

    private static WorkItemDocument WritingTenancy() =>
        WorkItemParser.Parse("wi.md", "---\nid: WI-1\ntitle: Tenancy\nstatus: draft\nscope:\n  write: [src/tenancy/context.ts]\n---\n");

    [Fact]
    public void A_registry_id_that_is_not_an_id_is_TMR7007_at_the_id_and_governs_nothing()
    {
        var entry = Entry("tenant rule");

        var onEntry = Lint("invariants/entry.md", entry, WritingTenancy()).Where(d => d.Id == "TMR7007").ShouldHaveSingleItem();

        onEntry.Location!.Start.Line.ShouldBe(2);
        onEntry.Location.Start.Column.ShouldBe(5);
        onEntry.Message.ShouldContain("'tenant rule' is not an id");
        Lint("wi.md", entry, WritingTenancy()).ShouldNotContain(d => d.Id == "TMR7001");
    }

    [Fact]
    public void A_well_formed_registry_id_is_no_TMR7007_and_governs_its_paths()
    {
        var entry = Entry("INV-TENANT-001");

        Lint("invariants/entry.md", entry, WritingTenancy()).ShouldNotContain(d => d.Id == "TMR7007");
        Lint("wi.md", entry, WritingTenancy()).ShouldContain(d => d.Id == "TMR7001");
    }

    [Fact]
    public void A_rejected_design_id_that_is_not_an_id_is_TMR7008_at_the_id()
    {
        var record = WorkItemParser.Parse("RD.md", RejectedRecord.Replace("id: RD-0007", "id: redis idea", StringComparison.Ordinal), null, MemoryProfiles.RejectedDesignLog);

        var diagnostic = Lint("RD.md", record).Where(d => d.Id == "TMR7008").ShouldHaveSingleItem();

        diagnostic.Location!.Start.Line.ShouldBe(2);
        diagnostic.Message.ShouldContain("'redis idea' is not an id");
        Lint("RD.md", WorkItemParser.Parse("RD.md", RejectedRecord, null, MemoryProfiles.RejectedDesignLog)).ShouldNotContain(d => d.Id == "TMR7008");
    }

    private static readonly byte[] Binary = [0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x01, 0x02, 0x0A];

    [Fact]
    public void A_binary_registry_file_is_TMR7007_at_1_1_and_no_work_item()
    {
        var document = WorkItemParser.Parse("invariants/blob.md", Binary, null, MemoryProfiles.InvariantRegistry);

        document.Role.ShouldBe(DocumentRole.InvariantRecord);
        var diagnostics = Lint("invariants/blob.md", document);
        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("TMR7007");
        diagnostic.Location!.Start.Line.ShouldBe(1);
        diagnostic.Location.Start.Column.ShouldBe(1);
        diagnostic.Message.ShouldContain("cannot be read");
    }

    [Fact]
    public void An_oversized_log_file_is_TMR7008_at_1_1_and_no_work_item()
    {
        var document = WorkItemParser.Parse("decisions/rejected/big.md", RejectedRecord + new string('x', 200), new ParseLimits { MaxFileBytes = 100 }, MemoryProfiles.RejectedDesignLog);

        document.Role.ShouldBe(DocumentRole.RejectedDesign);
        var diagnostic = Lint("decisions/rejected/big.md", document).ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("TMR7008");
        diagnostic.Location!.Start.Line.ShouldBe(1);
    }

    [Fact]
    public void A_registry_file_over_the_limit_unread_by_the_host_keeps_its_role()
    {
        var document = WorkItemParser.TooLarge("invariants/big.md", 5_000_000, null, MemoryProfiles.InvariantRegistry);

        document.Role.ShouldBe(DocumentRole.InvariantRecord);
        Lint("invariants/big.md", document).ShouldHaveSingleItem().Id.ShouldBe("TMR7007");
    }

    [Fact]
    public void An_empty_file_in_a_written_registry_is_TMR7007_and_in_the_default_folder_draws_nothing()
    {
        var written = WorkItemParser.Parse("registry/empty.md", Array.Empty<byte>(), null, MemoryProfiles.InvariantRegistry);
        var defaulted = WorkItemParser.Parse("invariants/empty.md", Array.Empty<byte>(), null, MemoryProfiles.DefaultInvariantRegistry);

        Lint("registry/empty.md", written).ShouldHaveSingleItem().Id.ShouldBe("TMR7007");
        Lint("invariants/empty.md", defaulted).ShouldBeEmpty();
    }

    [Fact]
    public void Near_miss_a_binary_work_item_is_still_a_work_item_with_its_parse_diagnostic()
    {
        var document = WorkItemParser.Parse("work-items/blob.md", Binary, null, null);

        document.Role.ShouldBe(DocumentRole.WorkItem);
        Lint("work-items/blob.md", document).ShouldNotContain(d => d.Id.StartsWith("TMR70", StringComparison.Ordinal));
        Lint("work-items/blob.md", document).ShouldNotBeEmpty();
    }

    private static WorkItemDocument NamingInvariant(string id) =>
        WorkItemParser.Parse("wi.md", "---\nid: WI-1\ntitle: Text\nstatus: draft\ninvariants:\n  - " + id + "\n---\n");

    [Fact]
    public void Without_a_registry_an_id_looking_invariant_keeps_its_TMR3002_and_draws_no_TMR7002()
    {
        var ids = Lint("wi.md", NamingInvariant("UTF-8")).Select(d => d.Id).ToList();

        ids.ShouldContain("TMR3002");
        ids.ShouldNotContain("TMR7002");
    }

    [Fact]
    public void Near_miss_with_a_registry_an_unknown_id_is_TMR7002_and_no_TMR3002()
    {
        var ids = Lint("wi.md", NamingInvariant("INV-TENANT-01"), Entry("INV-TENANT-001")).Select(d => d.Id).ToList();

        ids.ShouldContain("TMR7002");
        ids.ShouldNotContain("TMR3002");
    }

    [Fact]
    public void Two_records_with_one_id_are_TMR7008_in_both_and_distinct_ids_are_not()
    {
        WorkItemDocument Record(string path, string id) =>
            WorkItemParser.Parse(path, RejectedRecord.Replace("RD-0007", id, StringComparison.Ordinal), null, MemoryProfiles.RejectedDesignLog);

        var a = Record("a.md", "RD-0007");
        var b = Record("b.md", "RD-0007");
        var c = Record("c.md", "RD-0008");

        Lint("a.md", a, b, c).Where(d => d.Id == "TMR7008").ShouldHaveSingleItem().Message.ShouldContain("also used by b.md");
        Lint("b.md", a, b, c).Where(d => d.Id == "TMR7008").ShouldHaveSingleItem().Message.ShouldContain("also used by a.md");
        Lint("c.md", a, b, c).ShouldNotContain(d => d.Id == "TMR7008");
    }
}
