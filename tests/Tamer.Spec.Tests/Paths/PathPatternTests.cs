using Tamer.Spec.Paths;

namespace Tamer.Spec.Tests.Paths;

public sealed class PathPatternTests
{
    [Theory]
    [InlineData("/etc/passwd", PathPatternError.Absolute)]
    [InlineData("C:/repo/src", PathPatternError.Absolute)]
    [InlineData("~/src", PathPatternError.Absolute)]
    [InlineData("src/../secrets", PathPatternError.ParentSegment)]
    [InlineData("src\\auth", PathPatternError.Backslash)]
    [InlineData("src/**.ts", PathPatternError.InvalidGlob)]
    [InlineData("src//a.ts", PathPatternError.InvalidGlob)]
    [InlineData("", PathPatternError.Empty)]
    [InlineData("src/auth/", PathPatternError.None)]
    [InlineData("pages/[id].tsx", PathPatternError.None)]
    [InlineData("/", PathPatternError.None)]
    public void Unusable_paths_say_why(string text, PathPatternError error) =>
        PathPattern.Parse(text).Error.ShouldBe(error);

    [Theory]
    [InlineData("src/auth/login.ts", "src/auth/login.ts", true)]
    [InlineData("src/auth/", "src/auth/login.ts", true)]
    [InlineData("src/auth", "src/auth/login.ts", true)]
    [InlineData("src/auth/", "src/authz/x.ts", false)]
    [InlineData("./src/auth/", "src/auth/x.ts", true)]
    [InlineData("src/*.ts", "src/a.ts", true)]
    [InlineData("src/*.ts", "src/a/b.ts", false)]
    [InlineData("src/**/*.ts", "src/a.ts", true)]
    [InlineData("src/**/*.ts", "src/a/b/c.ts", true)]
    [InlineData("**/*.wi.md", "x.wi.md", true)]
    [InlineData("**/*.wi.md", "a/b/x.wi.md", true)]
    [InlineData("work-items/**/*.md", "work-items/a.md", true)]
    [InlineData("src/api/**", "src/api/x/y.cs", true)]
    [InlineData("src/?.ts", "src/ab.ts", false)]
    [InlineData(".", "anything/at/all", true)]
    [InlineData("**", "anything/at/all", true)]
    [InlineData("src/auth/login.ts", "src/auth/login.ts/extra.ts", false)]
    [InlineData("src", "src/a/b.ts", true)]
    [InlineData(".github", ".github/workflows/ci.yml", true)]
    [InlineData(".gitignore", ".gitignore/x", false)]
    [InlineData("LICENSE", "LICENSE/x", false)]
    public void Paths_match_like_git_pathspecs(string pattern, string path, bool matches) =>
        PathPattern.Parse(pattern).Matches(path).ShouldBe(matches);

    [Theory]
    [InlineData("src/auth/", "src/auth/login.ts", true)]
    [InlineData("src/api/**", "src/**/*.cs", true)]
    [InlineData("src/*.ts", "src/*.cs", false)]
    [InlineData("src/a.ts", "src/b.ts", false)]
    [InlineData("src/", "lib/", false)]
    [InlineData("**/secrets/", "src/secrets/key.pem", true)]
    [InlineData("src/auth", "src/authz/x.ts", false)]
    [InlineData("src/auth.ts", "src/auth.ts/x", false)]
    [InlineData("src/auth", "src/auth/x", true)]
    [InlineData("Makefile", "Makefile/x", false)]
    [InlineData("src/auth/login.ts", "src/auth/login.ts", true)]
    [InlineData("./src/auth/", "src/auth/", true)]
    [InlineData("src/auth/login.ts", "src/auth/", true)]
    public void Overlap_means_some_path_matches_both(string left, string right, bool overlaps)
    {
        PathPattern.Parse(left).Overlaps(PathPattern.Parse(right)).ShouldBe(overlaps);
        PathPattern.Parse(right).Overlaps(PathPattern.Parse(left)).ShouldBe(overlaps);
    }

    [Theory]
    [InlineData("src/billing/", "src/billing/invoice.ts", true)]
    [InlineData("src/billing/", "src/billing/**", true)]
    [InlineData("src/billing/invoice.ts", "src/billing/", false)]
    [InlineData("src/**/*.ts", "src/a/b.ts", true)]
    [InlineData("src/**/*.ts", "src/*.cs", false)]
    [InlineData("**/secrets/", "src/secrets/", true)]
    public void Cover_means_every_path_of_the_other_matches(string outer, string inner, bool covers) =>
        PathPattern.Parse(outer).Covers(PathPattern.Parse(inner)).ShouldBe(covers);

    [Fact]
    public void Normalisation_drops_dot_segments_and_the_trailing_slash()
    {
        var pattern = PathPattern.Parse("./src/./auth/");

        pattern.Normalized.ShouldBe("src/auth");
        pattern.IsFolder.ShouldBeTrue();
        pattern.LiteralSegmentCount.ShouldBe(2);
        PathPattern.Parse("src/*/x").LiteralSegmentCount.ShouldBe(1);
    }

    [Theory]
    [InlineData("src/", true)]
    [InlineData("src", true)]
    [InlineData("src/Tamer.Spec/", true)]
    [InlineData(".github", true)]
    [InlineData("src/login.ts", false)]
    [InlineData("Dockerfile", false)]
    [InlineData(".editorconfig", false)]
    [InlineData("src/*.ts", false)]
    [InlineData("src/**", false)]
    public void A_plain_path_may_name_a_folder_unless_it_reads_as_a_file(string text, bool mayNameFolder) =>
        PathPattern.Parse(text).MayNameFolder.ShouldBe(mayNameFolder);
}
