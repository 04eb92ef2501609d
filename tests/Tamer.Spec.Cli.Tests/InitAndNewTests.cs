using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary><c>init</c>, then <c>new</c>, then filling the skeleton: the way into the gate for a new repository.</summary>
public sealed class InitAndNewTests
{
    [Fact]
    public void Init_then_new_gives_a_skeleton_refused_on_every_axis_until_it_is_filled()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write("docs/specs/old.md", TestWorkItems.Clean("WI-AUTH-0007", "An older item"));
        folder.Write("docs/readme.txt", "not a Work Item");

        var init = CliRun.InProcess(folder.Path, "init");
        init.ExitCode.ShouldBe(0, init.Error);
        var configuration = File.ReadAllText(Path.Combine(folder.Path, ".tamer.yml"));
        configuration.ShouldContain("include:\n  - \"docs/**/*.md\"\n");
        configuration.ShouldContain("  scope: \"[");
        configuration.ShouldContain("  acceptance: \"[");

        var created = CliRun.InProcess(folder.Path, "new", "Add login rate limit", "--area", "auth");
        created.ExitCode.ShouldBe(0, created.Error);
        created.OutputLines.ShouldBe(["tamer-lint: wrote docs/add-login-rate-limit.md (WI-AUTH-0008); fill every place marked FILL"]);

        var unfilled = CliRun.InProcess(folder.Path, "lint", "docs/add-login-rate-limit.md");
        unfilled.ExitCode.ShouldBe(1);
        var ids = unfilled.OutputLines.Where(l => l.Contains(" TMR", StringComparison.Ordinal)).Select(l => l.Split(' ')[2].TrimEnd(':')).ToList();
        ids.ShouldContain("TMR1003", "scope: no write path");
        ids.ShouldContain("TMR2002", "acceptance: no falsifiable criterion");
        ids.ShouldContain("TMR3002", "invariants: no consequence");
        ids.ShouldContain("TMR4001", "dependencies: FILL is no Work Item");
        ids.ShouldContain("TMR5004", "non-goals: the placeholder non-goal");
        ids.ShouldContain("TMR0007", "the estimate");

        var path = Path.Combine(folder.Path, "docs", "add-login-rate-limit.md");
        var filled = File.ReadAllText(path)
            .Replace("write: []          # FILL: the files to change, such as [src/auth/limiter.ts]", "write: [src/auth/limiter.ts, tests/auth/limiter_test.ts]", StringComparison.Ordinal)
            .Replace("read_only: []      # FILL: what the change may read, such as [src/auth/]", "read_only: [src/auth/]", StringComparison.Ordinal)
            .Replace("forbidden: []      # FILL: what it must not touch, such as [src/billing/]", "forbidden: [src/billing/]", StringComparison.Ordinal)
            .Replace("\"AC-1: FILL\"", "\"AC-1: the 6th login attempt from one IP within 60 s returns HTTP 429\"", StringComparison.Ordinal)
            .Replace("  - \"FILL\"           # such as: existing sessions stay valid, or users are logged out mid-work", "  - \"existing sessions stay valid\": \"users would be logged out mid-work\"", StringComparison.Ordinal)
            .Replace("depends_on: [FILL]", "depends_on: []", StringComparison.Ordinal)
            .Replace("  - \"FILL\"           # such as: no CAPTCHA", "  - \"no CAPTCHA\"", StringComparison.Ordinal)
            .Replace("estimate: { diff_lines: FILL, files: FILL }", "estimate: { diff_lines: 80, files: 2 }", StringComparison.Ordinal);
        filled.ShouldNotContain("FILL");
        File.WriteAllText(path, filled);

        var accepted = CliRun.InProcess(folder.Path, "lint", "docs/add-login-rate-limit.md");
        accepted.ExitCode.ShouldBe(0, accepted.Output);
        accepted.OutputLines[^1].ShouldStartWith("1 file checked: 0 refused (0 errors");
    }

    [Fact]
    public void Init_refuses_to_overwrite_a_configuration_and_new_refuses_to_overwrite_a_file()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write(".tamer.yml", "include: [\"specs/**/*.md\"]\n");

        var init = CliRun.InProcess(folder.Path, "init");
        var first = CliRun.InProcess(folder.Path, "new", "Export CSV");
        var second = CliRun.InProcess(folder.Path, "new", "Export CSV");
        var badId = CliRun.InProcess(folder.Path, "new", "Other", "--id", "wi 1");

        init.ExitCode.ShouldBe(2);
        init.ErrorLines.ShouldBe(["tamer-lint: error: .tamer.yml already exists here; init does not overwrite it"]);
        File.ReadAllText(Path.Combine(folder.Path, ".tamer.yml")).ShouldBe("include: [\"specs/**/*.md\"]\n");
        first.OutputLines.ShouldBe(["tamer-lint: wrote specs/export-csv.md (WI-0001); fill every place marked FILL"]);
        second.ExitCode.ShouldBe(2);
        second.ErrorLines.ShouldBe(["tamer-lint: error: specs/export-csv.md already exists; new does not overwrite it"]);
        badId.ExitCode.ShouldBe(2);
        badId.ErrorLines.ShouldBe(["tamer-lint: error: --id must be upper-case letters and digits in groups joined by '-', such as WI-AUTH-0042; got 'wi 1'"]);
    }
}
