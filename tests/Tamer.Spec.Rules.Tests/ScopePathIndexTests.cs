using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Paths;
using Tamer.Spec.Rules.Dependencies;

namespace Tamer.Spec.Rules.Tests;

/// <summary>The dependencies pack's index of scope paths: who may write a file, whose scope overlaps a path.</summary>
public sealed class ScopePathIndexTests
{
    private static WorkItemDocument Item(string id, string write, string readOnly = "[]", string forbidden = "[]") =>
        WorkItemParser.Parse(id + ".md", $"---\nid: {id}\ntitle: t\nscope:\n  write: {write}\n  read_only: {readOnly}\n  forbidden: {forbidden}\n  extend_scope: false\n---\n");

    [Fact]
    public void The_scope_index_finds_every_path_that_matches_a_file()
    {
        var index = new ScopePathIndex(new[]
        {
            Item("WI-A-1", "[src/auth/login.ts]", "[src/auth/]", "[src/billing/]"),
            Item("WI-B-1", "[src/**/*.ts]"),
            Item("WI-C-1", "[lib/x.cs]"),
        });

        var matches = index.FindMatching("src/auth/login.ts").Select(e => (e.Document.Id, e.Access)).ToList();

        matches.ShouldBe(new (string?, ScopeAccess)[] { ("WI-B-1", ScopeAccess.Write), ("WI-A-1", ScopeAccess.ReadOnly), ("WI-A-1", ScopeAccess.Write) }, ignoreOrder: true);
        index.FindMatching("src/billing/invoice.ts").Select(e => e.Access).ShouldBe(new[] { ScopeAccess.Write, ScopeAccess.Forbidden }, ignoreOrder: true);
    }

    [Fact]
    public void The_scope_index_finds_overlaps_above_and_below_a_path()
    {
        var index = new ScopePathIndex(new[]
        {
            Item("WI-A-1", "[src/auth/login.ts]"),
            Item("WI-B-1", "[src/]"),
            Item("WI-C-1", "[docs/readme.md]"),
        });

        index.FindOverlapping(PathPattern.Parse("src/auth/")).Select(e => e.Document.Id).ShouldBe(new[] { "WI-A-1", "WI-B-1" }, ignoreOrder: true);
        index.FindOverlapping(PathPattern.Parse("docs/**/*.md")).Select(e => e.Document.Id).ShouldBe(new[] { "WI-C-1" });
    }

    [Fact]
    public void A_scope_index_over_some_documents_answers_for_those_only()
    {
        var documents = new[] { Item("WI-A-1", "[src/auth/login.ts]"), Item("WI-B-1", "[src/]"), Item("WI-C-1", "[src/auth/]") };
        var index = new ScopePathIndex(documents.Where(d => d.Id != "WI-B-1"));

        index.Count.ShouldBe(2);
        index.FindOverlapping(PathPattern.Parse("src/auth/login.ts"), ScopeAccess.Write).Select(e => e.Document.Id).ShouldBe(new[] { "WI-A-1", "WI-C-1" }, ignoreOrder: true);
        index.FindMatching("src/x.ts").ShouldBeEmpty();
    }

    [Fact]
    public void The_scope_index_answers_exactly_in_a_large_workspace()
    {
        var documents = Enumerable.Range(0, 5_000).Select(i => Item($"WI-N-{i}", $"[mod{i}/file.ts]")).ToList();
        var index = new ScopePathIndex(documents);

        index.Count.ShouldBe(5_000);
        index.FindMatching("mod42/file.ts").Single().Document.Id.ShouldBe("WI-N-42");
        index.FindOverlapping(PathPattern.Parse("mod7/")).Single().Document.Id.ShouldBe("WI-N-7");
    }
}
