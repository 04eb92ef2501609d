using System.Text.Json;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// <c>tamer-lint trace</c>: each acceptance criterion with the tests that claim it, read from
/// C# files without a build; claims of what does not exist are errors, and unclaimed criteria of
/// finished Work Items are reported when turned on.
/// </summary>
public sealed class TraceCommandTests
{
    private const string Done = """
        ---
        id: WI-PAY-0001
        title: Round invoice totals
        status: done
        scope:
          write: [src/invoices/total.ts]
          read_only: [src/invoices/]
          forbidden: [src/billing/]
          extend_scope: false
        acceptance_criteria:
          - "AC-1: total(10.005) returns 10.01"
          - "AC-2: total(-0.004) returns 0.00"
        estimate: { diff_lines: 20 }
        ---

        """;

    private const string Tests = """
        using Tamer.Spec;

        namespace Invoices.Tests;

        public sealed class TotalTests
        {
            [Satisfies("WI-PAY-0001", "AC-1")]
            public void Rounds_half_up() { }

            [Satisfies("WI-PAY-0001", "AC-3")]
            public void Rounds_negative_zero() { }
        }
        """;

    private static TemporaryDirectory Repository(string tests = Tests)
    {
        var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write("work-items/pay.md", Done);
        folder.Write("tests/Invoices.Tests/TotalTests.cs", tests);
        folder.Write("tests/Invoices.Tests/Invoices.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        folder.Write("tests/Invoices.Tests/obj/Generated.cs", "[Tamer.Spec.Satisfies(\"WI-NOPE-0001\", \"AC-1\")] class Ignored { }\n");
        return folder;
    }

    [Fact]
    public void Each_criterion_is_listed_with_its_claims_and_a_claim_of_a_missing_criterion_is_TMR6002()
    {
        using var folder = Repository();

        var outcome = CliRun.InProcess(folder.Path, "trace");

        outcome.ExitCode.ShouldBe(1);
        outcome.OutputLines.ShouldBe([
            "work-items/pay.md WI-PAY-0001 (done): 1 of 2 criteria claimed",
            "  AC-1   claimed by Invoices.Tests.TotalTests.Rounds_half_up (tests/Invoices.Tests/TotalTests.cs:7)",
            "  AC-2   no test claims it",
            "tests/Invoices.Tests/TotalTests.cs(10,31): error TMR6002: [Satisfies] names criterion 'AC-3', which Work Item WI-PAY-0001 does not have; did you mean 'AC-1'? [traceability@1.1.0]",
            "1 of 2 criteria of 1 Work Item claimed, by 2 claims in 1 C# file (1 error, 0 warnings)",
        ]);
    }

    [Fact]
    public void A_link_back_to_the_parent_among_the_tests_counts_each_C_sharp_file_once()
    {
        using var folder = Repository();
        var withoutLink = CliRun.InProcess(folder.Path, "trace");

        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "tests", "Invoices.Tests", "loop"), "../..");
        var withLink = CliRun.InProcess(folder.Path, "trace");

        withLink.Output.ShouldBe(withoutLink.Output);
        withLink.OutputLines[^1].ShouldEndWith("by 2 claims in 1 C# file (1 error, 0 warnings)");
    }

    [Fact]
    public void Claims_that_hold_exit_0_and_TMR6003_reports_an_unclaimed_criterion_when_turned_on()
    {
        using var folder = Repository(Tests.Replace("\"AC-3\"", "\"AC-1\"", StringComparison.Ordinal));

        var plain = CliRun.InProcess(folder.Path, "trace");
        var strict = CliRun.InProcess(folder.Path, "trace", "--severity", "TMR6003=warning");

        plain.ExitCode.ShouldBe(0);
        plain.Output.ShouldNotContain("TMR6");
        strict.ExitCode.ShouldBe(0);
        strict.OutputLines.ShouldContain("work-items/pay.md(12,6): warning TMR6003: AC-2 of WI-PAY-0001 is 'done' but no test claims it; mark the test that proves it with [Satisfies(\"WI-PAY-0001\", \"AC-2\")] [traceability@1.1.0]");
    }

    [Fact]
    public void The_json_report_holds_the_criteria_their_claims_the_diagnostics_and_a_summary()
    {
        using var folder = Repository();

        var outcome = CliRun.InProcess(folder.Path, "trace", "tests/Invoices.Tests/Invoices.Tests.csproj", "--format", "json");

        using var json = JsonDocument.Parse(outcome.Output);
        var workItem = json.RootElement.GetProperty("workItems")[0];
        workItem.GetProperty("id").GetString().ShouldBe("WI-PAY-0001");
        var first = workItem.GetProperty("criteria")[0];
        (first.GetProperty("id").GetString(), first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32()).ShouldBe(("AC-1", 11, 6));
        var claim = first.GetProperty("claimedBy")[0];
        (claim.GetProperty("test").GetString(), claim.GetProperty("path").GetString(), claim.GetProperty("line").GetInt32(), claim.GetProperty("column").GetInt32())
            .ShouldBe(("Invoices.Tests.TotalTests.Rounds_half_up", "tests/Invoices.Tests/TotalTests.cs", 7, 16));
        json.RootElement.GetProperty("diagnostics")[0].GetProperty("id").GetString().ShouldBe("TMR6002");
        var summary = json.RootElement.GetProperty("summary");
        (summary.GetProperty("criteria").GetInt32(), summary.GetProperty("claimed").GetInt32(), summary.GetProperty("errors").GetInt32()).ShouldBe((2, 1, 1));
    }

    [Fact]
    public void Build_output_is_not_read()
    {
        using var folder = Repository();

        CliRun.InProcess(folder.Path, "trace").Output.ShouldNotContain("WI-NOPE-0001");
    }

    [Fact]
    public void A_target_that_is_neither_a_project_nor_a_folder_is_a_usage_error()
    {
        using var folder = Repository();

        var outcome = CliRun.InProcess(folder.Path, "trace", "nowhere");

        outcome.ExitCode.ShouldBe(2);
        outcome.ErrorLines.ShouldBe(["tamer-lint: error: nowhere is neither a project file nor a folder"]);
    }
}
