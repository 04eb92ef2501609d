using Tamer.Spec.Repository;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>The folder walk under the finder, the trace command and the host: each real file once, links that go nowhere skipped.</summary>
public sealed class FolderWalkTests
{
    [Fact]
    public void Broken_links_and_cycles_of_links_lead_nowhere()
    {
        using var root = new TemporaryDirectory();
        root.Write("a.md", "a");
        File.CreateSymbolicLink(Path.Combine(root.Path, "broken.md"), "missing.md");
        Directory.CreateSymbolicLink(Path.Combine(root.Path, "ping"), "pong");
        Directory.CreateSymbolicLink(Path.Combine(root.Path, "pong"), "ping");

        var files = Walk(root.Path).Files(root.Path).ToList();

        files.Select(f => Relative(root, f.Path)).ShouldBe(new[] { "a.md" });
        RealPaths.Of(Path.Combine(root.Path, "ping")).ShouldBeNull();
        RealPaths.Of(Path.Combine(root.Path, "broken.md")).ShouldBeNull();
    }

    [Fact]
    public void A_chain_of_links_resolves_to_the_real_folder_and_its_files_are_found_once()
    {
        using var root = new TemporaryDirectory();
        root.Write("real/deep/a.md", "a");
        Directory.CreateSymbolicLink(Path.Combine(root.Path, "one"), "real");
        Directory.CreateSymbolicLink(Path.Combine(root.Path, "two"), "one/deep");

        RealPaths.Of(Path.Combine(root.Path, "two", "a.md")).ShouldBe(Path.Combine(RealPaths.Of(root.Path)!, "real", "deep", "a.md"));
        var files = Walk(root.Path).Files(root.Path).ToList();

        files.ShouldHaveSingleItem();
        Relative(root, files[0].Path).ShouldBe("real/deep/a.md");
        files[0].ThroughLink.ShouldBeFalse();
    }

    [Fact]
    public void Files_reached_only_through_a_link_keep_the_link_s_path()
    {
        using var root = new TemporaryDirectory();
        root.Write("elsewhere/a.md", "a");
        root.Write("walked/b.md", "b");
        Directory.CreateSymbolicLink(Path.Combine(root.Path, "walked", "linked"), "../elsewhere");

        var files = Walk(root.Path).Files(Path.Combine(root.Path, "walked")).ToList();

        files.Select(f => (Relative(root, f.Path), f.ThroughLink)).ShouldBe(new[] { ("walked/b.md", false), ("walked/linked/a.md", true) });
    }

    [Fact]
    public void A_file_link_leaving_the_boundary_is_reported_like_a_folder_link()
    {
        using var outside = new TemporaryDirectory();
        var target = outside.Write("x.md", "x");
        using var root = new TemporaryDirectory();
        File.CreateSymbolicLink(Path.Combine(root.Path, "x.md"), target);
        var walk = Walk(root.Path);

        walk.Files(root.Path).ShouldBeEmpty();
        walk.Files(root.Path).ShouldBeEmpty();

        walk.LinksOutside.ShouldBe(new[] { new LinkOutside(Path.Combine(root.Path, "x.md"), RealPaths.Of(target)!) });
    }

    [Fact]
    public void A_link_named_like_a_folder_the_filter_refuses_is_not_entered()
    {
        using var root = new TemporaryDirectory();
        root.Write("packages/pkg/a.md", "a");
        root.Write("walked/b.md", "b");
        Directory.CreateSymbolicLink(Path.Combine(root.Path, "walked", "node_modules"), "../packages/pkg");
        Directory.CreateSymbolicLink(Path.Combine(root.Path, "walked", ".cache"), "../packages/pkg");

        Walk(root.Path).Files(Path.Combine(root.Path, "walked")).Select(f => Relative(root, f.Path)).ShouldBe(new[] { "walked/b.md" });

        Directory.CreateSymbolicLink(Path.Combine(root.Path, "walked", "vendored"), "../packages/pkg");
        Walk(root.Path).Files(Path.Combine(root.Path, "walked")).Select(f => Relative(root, f.Path)).ShouldBe(new[] { "walked/b.md", "walked/vendored/a.md" });
    }

    private static FolderWalk Walk(string boundary) => new(boundary, followLinksOutside: false, FolderWalk.IsSearched);

    private static string Relative(TemporaryDirectory root, string path) => Path.GetRelativePath(root.Path, path).Replace('\\', '/');
}
