using System.Diagnostics;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// <c>tamer-lint verify WI --tests FILE…</c>: a test run as evidence for the Work Item's criteria.
/// Each criterion needs a test in the run that claims it (TMR6004), and every claiming test must
/// have passed (TMR6005); claims are C# <c>[Satisfies]</c> or <c>WI-ID/AC-n</c> in a test's name or
/// properties.
/// </summary>
public sealed class VerifyTestRunTests
{
    private const string WorkItem = """
        ---
        id: WI-AUTH-0042
        title: Rate-limit failed logins
        status: review
        scope:
          write: [src/auth/login.ts]
          read_only: [src/auth/]
          forbidden: [src/billing/]
          extend_scope: false
        acceptance_criteria:
          - "AC-1: POST /login with a wrong password returns 401"
          - "AC-2: the 6th failed login from one address within 60 s returns 429"
          - "AC-3: a login 60 s after a 429 is judged again and returns 401 or 200"
        estimate: { diff_lines: 40 }
        ---

        """;

    // The Work Item's criteria are on lines 11-13, their ids at column 6.
    private const string Unproven = "work-items/login.md(13,6): error TMR6004: AC-3 of WI-AUTH-0042 has no test in the run that claims it ('a login 60 s after a 429 is judged again and returns 401 or 200'); mark the test that proves it with [Satisfies(\"WI-AUTH-0042\", \"AC-3\")] or put WI-AUTH-0042/AC-3 in its name [traceability@1.1.0]";

    private const string ProjectFile = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <OutputType>Exe</OutputType>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            <IsPackable>false</IsPackable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="xunit.v3" Version="3.2.1" />
            <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.14.1" />
          </ItemGroup>
        </Project>
        """;

    // The attribute as the analyzer package generates it into a test project.
    private const string SatisfiesAttribute = """
        namespace Tamer.Spec
        {
            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
            internal sealed class SatisfiesAttribute : System.Attribute
            {
                public SatisfiesAttribute(string workItem, string criterion, params string[] moreCriteria)
                {
                    WorkItem = workItem;
                    Criteria = [criterion, .. moreCriteria];
                }

                public string WorkItem { get; }

                public string[] Criteria { get; }
            }
        }
        """;

    private const string LoginTests = """
        using Tamer.Spec;
        using Xunit;

        namespace Fixture.Auth;

        public sealed class LoginTests
        {
            [Fact]
            [Satisfies("WI-AUTH-0042", "AC-1")]
            public void Wrong_password_returns_401() => Assert.Equal(401, 401);

            [Theory]
            [InlineData(6)]
            [InlineData(7)]
            [Satisfies("WI-AUTH-0042", "AC-2")]
            public void Repeated_failed_login_returns_429(int attempt) =>
                Assert.True(attempt >= 6 && Environment.GetEnvironmentVariable("FIXTURE_BREAK_AC2") != "1", "the rate limit did not answer 429");
        }
        """;

    [Fact]
    public void A_dotnet_test_run_proves_the_criteria_its_tests_claim_and_a_failing_test_is_named()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write("work-items/login.md", WorkItem);
        folder.Write("tests/Fixture/Directory.Build.props", "<Project />\n");
        folder.Write("tests/Fixture/Directory.Packages.props", "<Project />\n");
        folder.Write("tests/Fixture/Fixture.Tests.csproj", ProjectFile);
        folder.Write("tests/Fixture/LoginTests.cs", LoginTests);
        folder.Write("tests/Fixture/SatisfiesAttribute.cs", SatisfiesAttribute);
        var project = Path.Combine(folder.Path, "tests", "Fixture");
        DotnetTest(project, "green.trx", breakAc2: false, build: true);
        DotnetTest(project, "red.trx", breakAc2: true, build: false);

        var green = CliRun.InProcess(folder.Path, "verify", "WI-AUTH-0042", "--tests", "tests/Fixture/results/green.trx");
        var red = CliRun.InProcess(folder.Path, "verify", "WI-AUTH-0042", "--tests", "tests/Fixture/results/red.trx", "--claims", "tests/Fixture/Fixture.Tests.csproj");

        green.ExitCode.ShouldBe(1, green.Output + green.Error);
        green.OutputLines.Where(l => l.Contains(" TMR6", StringComparison.Ordinal)).ShouldBe([Unproven]);
        red.ExitCode.ShouldBe(1, red.Output + red.Error);
        var failing = red.OutputLines.Where(l => l.Contains(" TMR6005", StringComparison.Ordinal)).ShouldHaveSingleItem();
        failing.ShouldStartWith("work-items/login.md(12,6): error TMR6005: AC-2 of WI-AUTH-0042 is claimed by ");
        failing.ShouldContain("Repeated_failed_login_returns_429");
        failing.ShouldContain(" failed ('the 6th failed login from one address within 60 s returns 429')");
        red.OutputLines.ShouldContain(Unproven);
        red.OutputLines.ShouldNotContain(l => l.Contains("AC-1 of WI-AUTH-0042", StringComparison.Ordinal));
    }

    [Fact]
    public void JUnit_files_of_pytest_and_Jest_give_the_same_verdicts_from_names_and_properties()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write("work-items/login.md", WorkItem);
        // pytest --junitxml, with record_property("criterion", …) in the tests.
        folder.Write("runs/pytest.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <testsuites name="pytest tests"><testsuite name="pytest" errors="0" failures="1" skipped="0" tests="2" time="0.1" timestamp="2026-12-07T06:00:00" hostname="ci">
            <testcase classname="tests.test_login" name="test_wrong_password_returns_401" time="0.01"><properties><property name="criterion" value="WI-AUTH-0042/AC-1" /></properties></testcase>
            <testcase classname="tests.test_login" name="test_sixth_failure_returns_429" time="0.02"><properties><property name="criterion" value="WI-AUTH-0042/AC-2" /></properties><failure message="assert 401 == 429">tests/test_login.py:21: AssertionError</failure></testcase>
            </testsuite></testsuites>
            """);
        // jest-junit, with the claim in the test's title.
        folder.Write("runs/jest.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="jest tests" tests="2" failures="0" errors="0" time="0.5">
              <testsuite name="login" errors="0" failures="0" skipped="0" timestamp="2026-12-07T06:00:00" time="0.4" tests="2">
                <testcase classname="login WI-AUTH-0042/AC-1 a wrong password is 401" name="login WI-AUTH-0042/AC-1 a wrong password is 401" time="0.1"></testcase>
                <testcase classname="login WI-AUTH-0042/AC-2 the sixth failure is 429" name="login WI-AUTH-0042/AC-2 the sixth failure is 429" time="0.1"></testcase>
              </testsuite>
            </testsuites>
            """);

        var pytest = CliRun.InProcess(folder.Path, "verify", "WI-AUTH-0042", "--tests", "runs/pytest.xml");
        var jest = CliRun.InProcess(folder.Path, "verify", "WI-AUTH-0042", "--tests", "runs/jest.xml");

        pytest.ExitCode.ShouldBe(1, pytest.Output + pytest.Error);
        pytest.OutputLines.Where(l => l.Contains(" TMR6", StringComparison.Ordinal)).ShouldBe(
        [
            "work-items/login.md(12,6): error TMR6005: AC-2 of WI-AUTH-0042 is claimed by test_sixth_failure_returns_429 in the run, and test_sixth_failure_returns_429 failed ('the 6th failed login from one address within 60 s returns 429') [traceability@1.1.0]",
            Unproven,
        ]);
        jest.ExitCode.ShouldBe(1, jest.Output + jest.Error);
        jest.OutputLines.Where(l => l.Contains(" TMR6", StringComparison.Ordinal)).ShouldBe([Unproven]);
    }

    [Fact]
    public void A_run_with_a_passing_claim_of_every_criterion_exits_0_and_a_skipped_one_does_not_count()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write("work-items/login.md", WorkItem);
        string Run(string third) => $"""
            <testsuite name="login" tests="3">
              <testcase classname="login" name="WI-AUTH-0042/AC-1 401" />
              <testcase classname="login" name="WI-AUTH-0042/AC-2 429" />
              <testcase classname="login" name="WI-AUTH-0042/AC-3 judged again">{third}</testcase>
            </testsuite>
            """;
        folder.Write("all.xml", Run(string.Empty));
        folder.Write("skipped.xml", Run("<skipped />"));

        var all = CliRun.InProcess(folder.Path, "verify", "WI-AUTH-0042", "--tests", "all.xml");
        var skipped = CliRun.InProcess(folder.Path, "verify", "WI-AUTH-0042", "--tests", "skipped.xml");
        var older = CliRun.InProcess(folder.Path, "verify", "WI-AUTH-0042", "--tests", "skipped.xml", "--rule", "traceability=1.0.*");

        all.ExitCode.ShouldBe(0, all.Output + all.Error);
        all.OutputLines.ShouldNotContain(l => l.Contains(" TMR6", StringComparison.Ordinal));
        skipped.ExitCode.ShouldBe(1);
        skipped.OutputLines.ShouldContain(l => l.StartsWith("work-items/login.md(13,6): error TMR6005: AC-3 of WI-AUTH-0042 is claimed by WI-AUTH-0042/AC-3 judged again in the run, and WI-AUTH-0042/AC-3 judged again was skipped", StringComparison.Ordinal));
        older.ExitCode.ShouldBe(0, "traceability 1.0.0 does not judge test runs");
    }

    [Fact]
    public void A_manual_criterion_needs_no_test_and_is_listed_with_how_a_person_checks_it()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write("work-items/login.md", WorkItem.Replace(
            "  - \"AC-3: a login 60 s after a 429 is judged again and returns 401 or 200\"",
            "  - id: AC-3\n    text: the 429 page reads well on a phone\n    manual: true\n    verify: a reviewer opens /login on a 360 px wide screen after six failures",
            StringComparison.Ordinal));
        folder.Write("run.xml", """
            <testsuite name="login" tests="2">
              <testcase classname="login" name="WI-AUTH-0042/AC-1 401" />
              <testcase classname="login" name="WI-AUTH-0042/AC-2 429" />
            </testsuite>
            """);

        var verified = CliRun.InProcess(folder.Path, "verify", "WI-AUTH-0042", "--tests", "run.xml");
        var linted = CliRun.InProcess(folder.Path, "lint", "work-items/login.md");

        verified.ExitCode.ShouldBe(0, verified.Output + verified.Error);
        verified.OutputLines.Where(l => l.Contains(" TMR6", StringComparison.Ordinal)).ShouldBe(
        [
            "work-items/login.md(13,9): info TMR6006: AC-3 of WI-AUTH-0042 is checked by a person, not by a test in the run: 'a reviewer opens /login on a 360 px wide screen after six failures' ('the 429 page reads well on a phone') [traceability@1.1.0]",
        ]);
        linted.OutputLines.ShouldNotContain(l => l.Contains("TMR6007", StringComparison.Ordinal), "the manual criterion says how it is checked");
    }

    [Fact]
    public void A_manual_criterion_without_verify_is_TMR6007_at_its_manual_key_and_still_needs_no_test()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write("work-items/login.md", WorkItem.Replace(
            "  - \"AC-3: a login 60 s after a 429 is judged again and returns 401 or 200\"",
            "  - id: AC-3\n    text: the 429 page reads well on a phone\n    manual: true",
            StringComparison.Ordinal));

        var linted = CliRun.InProcess(folder.Path, "lint", "work-items/login.md");

        linted.ExitCode.ShouldBe(1, linted.Output + linted.Error);
        linted.OutputLines.ShouldContain("work-items/login.md(15,5): error TMR6007: AC-3 says 'manual: true' but not how a person checks it; add 'verify:' with what the reviewer looks at and what they compare it with, or remove 'manual' and let a test claim it [traceability@1.1.0]");
    }

    [Theory]
    [InlineData("run.xml", "<testsuite><testcase name=\"a\">\n<failure></testcase></testsuite>", "run.xml(2,12): not well-formed XML: ")]
    [InlineData("run.xml", "<coverage line-rate=\"1\" />", "run.xml(1,2): the root element is <coverage>; a TRX file starts with <TestRun>, a JUnit XML file with <testsuites> or <testsuite>")]
    [InlineData("run.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [<!ENTITY big \"x\">]><testsuite />", "run.xml(2,1): a DOCTYPE is not accepted in a test run file")]
    [InlineData("missing.trx", null, "cannot read the test run missing.trx")]
    public void A_test_run_that_cannot_be_read_is_exit_2_naming_the_place(string file, string? content, string message)
    {
        using var folder = new TemporaryDirectory();
        folder.Write("work-items/login.md", WorkItem);
        if (content is not null)
        {
            folder.Write(file, content);
        }

        var outcome = CliRun.InProcess(folder.Path, "verify", "WI-AUTH-0042", "--tests", file);

        outcome.ExitCode.ShouldBe(2);
        outcome.ErrorLines.ShouldHaveSingleItem().ShouldContain(message);
    }

    private static void DotnetTest(string project, string trx, bool breakAc2, bool build)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "test", "--logger", "trx;LogFileName=" + trx, "--results-directory", "results", "-nodeReuse:false" }.Concat(build ? [] : ["--no-build"]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["FIXTURE_BREAK_AC2"] = breakAc2 ? "1" : "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit();
        File.Exists(Path.Combine(project, "results", trx)).ShouldBeTrue("dotnet test wrote no " + trx + ":\n" + output.Result + error.Result);
        process.ExitCode.ShouldBe(breakAc2 ? 1 : 0, output.Result + error.Result);
    }
}
