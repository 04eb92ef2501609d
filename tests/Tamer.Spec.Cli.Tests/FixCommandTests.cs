using System.Security.Cryptography;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary><c>--fix</c> and <c>--fix-dry-run</c> on real files.</summary>
public sealed class FixCommandTests
{
    private static TemporaryDirectory CopyOfSharedExamples()
    {
        var folder = new TemporaryDirectory();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Shared, "examples", "work-items"), "*.md"))
        {
            folder.WriteBytes(Path.GetFileName(file), File.ReadAllBytes(file));
        }

        return folder;
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + ".git" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    [Fact]
    public void Fix_migrates_the_legacy_scope_and_a_second_fix_changes_nothing()
    {
        using var folder = CopyOfSharedExamples();

        var first = CliRun.InProcess(folder.Path, ".", "--fix", "--format", "json");
        var afterFirst = Hashes(folder.Path);
        var second = CliRun.InProcess(folder.Path, ".", "--fix", "--format", "json");

        first.ErrorLines.ShouldContain(l => l.StartsWith("tamer-lint: fixed legacy-scope.md: TMR1002 ", StringComparison.Ordinal));
        var legacy = File.ReadAllText(Path.Combine(folder.Path, "legacy-scope.md"));
        legacy.ShouldContain("scope:\n  write: [src/]\n  extend_scope: false\n");
        var diagnostics = Json.Diagnostics(first.Output, "legacy-scope.md");
        diagnostics.ShouldNotContain("TMR1002");
        diagnostics.ShouldContain("TMR1004");
        diagnostics.ShouldContain("TMR1007");
        second.ErrorLines.ShouldContain("tamer-lint: --fix changed no file");
        Hashes(folder.Path).ShouldBe(afterFirst);
        second.Output.ShouldBe(first.Output);
    }

    [Fact]
    public void Fix_removes_the_temporary_files_a_killed_run_left_beside_the_files_it_fixes_and_nothing_else()
    {
        using var folder = CopyOfSharedExamples();
        var leftovers = new[] { ".legacy-scope.md.0123abcd.tamer-tmp", ".profile-cache.md.89ef4567.tamer-tmp" };
        var kept = new[] { ".notes.txt.0123abcd.tamer-tmp", ".legacy-scope.md.not-hex!.tamer-tmp", ".legacy-scope.md.0123abcd.tmp" };
        foreach (var name in leftovers.Concat(kept))
        {
            folder.Write(name, "half a Work Item");
        }

        CliRun.InProcess(folder.Path, ".", "--fix", "--format", "json").ExitCode.ShouldBe(1);

        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Where(n => n!.StartsWith(".", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ShouldBe(kept.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Near_miss_a_run_without_fix_removes_no_temporary_file()
    {
        using var folder = CopyOfSharedExamples();
        folder.Write(".legacy-scope.md.0123abcd.tamer-tmp", "half a Work Item");

        CliRun.InProcess(folder.Path, ".", "--format", "json").ExitCode.ShouldBe(1);
        CliRun.InProcess(folder.Path, ".", "--fix-dry-run").ExitCode.ShouldBe(1);

        File.Exists(Path.Combine(folder.Path, ".legacy-scope.md.0123abcd.tamer-tmp")).ShouldBeTrue();
    }

    [Fact]
    public void Fix_never_applies_a_suggestion()
    {
        using var folder = new TemporaryDirectory();
        var text = "---\nid: WI-FIX-0001\ntitle: t\nstatus: doing\nscope:\n  write: [src/a.ts]\n  extend_scope: false\nacceptance_criteria:\n  - \"AC-1: GET /a returns 200\"\nestimate: { diff_lines: 10 }\n---\n";
        folder.Write("a.md", text);

        var outcome = CliRun.InProcess(folder.Path, ".", "--fix");

        File.ReadAllText(Path.Combine(folder.Path, "a.md")).ShouldBe(text);
        outcome.OutputLines.ShouldContain("    suggestion: write in_progress instead of 'doing'");
        outcome.OutputLines.ShouldContain("    suggestion: add read_only and forbidden for the author to fill in");
    }

    [Fact]
    public void A_read_only_file_is_left_byte_identical_and_the_run_exits_2_naming_it()
    {
        using var folder = CopyOfSharedExamples();
        var target = Path.Combine(folder.Path, "legacy-scope.md");
        var before = File.ReadAllBytes(target);
        Permissions.MakeReadOnly(target);
        try
        {
            var outcome = CliRun.InProcess(folder.Path, ".", "--fix");

            outcome.ExitCode.ShouldBe(2);
            outcome.ErrorLines.ShouldContain(l => l.StartsWith("tamer-lint: error: cannot write legacy-scope.md: ", StringComparison.Ordinal));
            File.ReadAllBytes(target).ShouldBe(before);
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).ShouldNotContain(n => n!.Contains("tamer-tmp", StringComparison.Ordinal));
            outcome.OutputLines.ShouldContain(l => l.StartsWith("legacy-scope.md(5,1): error TMR1002: ", StringComparison.Ordinal), "the report describes the file as it still is");
        }
        finally
        {
            Permissions.MakeWritable(target);
        }
    }

    [Fact]
    public void Files_in_a_read_only_folder_are_left_byte_identical_and_the_run_exits_2()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows has no read-only folders: its read-only attribute on a folder does not stop writes");
        using var root = new TemporaryDirectory();
        var folder = Path.Combine(root.Path, "work-items");
        Directory.CreateDirectory(folder);
        var legacy = Path.Combine(folder, "legacy.md");
        File.WriteAllText(legacy, "---\nid: WI-FIX-0002\ntitle: t\nscope: [src/a.ts]\nacceptance_criteria:\n  - \"AC-1: GET /a returns 200\"\n---\n");
        var before = File.ReadAllBytes(legacy);
        Permissions.MakeReadOnly(folder);
        try
        {
            var outcome = CliRun.InProcess(root.Path, "work-items", "--fix");

            outcome.ExitCode.ShouldBe(2);
            outcome.ErrorLines.ShouldContain("tamer-lint: error: cannot write work-items/legacy.md: its folder is read-only; the file was left as it was");
            File.ReadAllBytes(legacy).ShouldBe(before);
        }
        finally
        {
            Permissions.MakeWritable(folder);
        }
    }

    [Fact]
    public void The_dry_run_prints_a_diff_git_applies_and_changes_no_file()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; the diff is checked with git apply");
        using var folder = CopyOfSharedExamples();
        File.WriteAllBytes(Path.Combine(folder.Path, "crlf-bom.md"), [0xEF, 0xBB, 0xBF, .. "---\r\nid: WI-FIX-0003\r\ntitle: t\r\nscope: [src/x.ts]\r\nacceptance_criteria:\r\n  - GET /x returns 200\r\n---\r\nNo line break at the end"u8.ToArray()]);
        Git.Init(folder.Path);
        Git.CommitAll(folder.Path, "examples");
        var before = Hashes(folder.Path);

        var outcome = CliRun.InProcess(folder.Path, ".", "--fix-dry-run");

        Hashes(folder.Path).ShouldBe(before);
        outcome.Output.ShouldContain("--- a/legacy-scope.md\n+++ b/legacy-scope.md\n");
        outcome.Output.ShouldContain("--- a/crlf-bom.md\n");
        outcome.ErrorLines.ShouldContain("tamer-lint: --fix-dry-run: 3 files would change; nothing was written");
        var patch = Path.Combine(Path.GetTempPath(), "tamer-" + Guid.NewGuid().ToString("N") + ".diff");
        File.WriteAllText(patch, outcome.Output);
        try
        {
            Git.Run(folder.Path, "apply", "--check", patch).ExitCode.ShouldBe(0, outcome.Output);
            Git.Ok(folder.Path, "apply", patch);
            CliRun.InProcess(folder.Path, ".", "--fix-dry-run").Output.ShouldBeEmpty("after applying the diff there is nothing left to fix");
        }
        finally
        {
            File.Delete(patch);
        }
    }

    [Fact]
    public void A_symbolic_link_stays_a_link_and_its_target_is_fixed()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "creating symbolic links on Windows needs a privilege test machines lack");
        using var root = new TemporaryDirectory();
        var target = root.Write("real/target.md", "---\nid: WI-FIX-0004\ntitle: t\nscope: [src/a.ts]\nacceptance_criteria:\n  - \"AC-1: GET /a returns 200\"\n---\n");
        Directory.CreateDirectory(Path.Combine(root.Path, "work-items"));
        var link = Path.Combine(root.Path, "work-items", "link.md");
        File.CreateSymbolicLink(link, Path.Combine("..", "real", "target.md"));

        var outcome = CliRun.InProcess(root.Path, "work-items/link.md", "--fix");

        outcome.ErrorLines.ShouldContain(l => l.StartsWith("tamer-lint: fixed work-items/link.md: TMR1002", StringComparison.Ordinal));
        new FileInfo(link).LinkTarget.ShouldBe(Path.Combine("..", "real", "target.md"));
        File.ReadAllText(target).ShouldContain("  write: [src/a.ts]\n  extend_scope: false\n");
    }

    [Fact]
    public void Fix_and_dry_run_together_are_a_usage_error()
    {
        using var folder = CopyOfSharedExamples();

        var outcome = CliRun.InProcess(folder.Path, ".", "--fix", "--fix-dry-run");

        outcome.ExitCode.ShouldBe(2);
        outcome.ErrorLines.ShouldBe(new[] { "tamer-lint: error: --fix and --fix-dry-run cannot be used together" });
    }
}
