using System.Text.Json;

namespace Tamer.Spec.Cli.Tests.Metrics;

public sealed class MetricsLedgerFileTests
{
    [Fact]
    public void A_file_ledger_gives_each_workers_events_in_the_week_they_happened_and_a_torn_last_line_is_left_out()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; metrics reads the history from git");
        using var history = new DatedHistory();
        TwelveWeeks.Build(history);
        using var data = new Tamer.Spec.Testing.TemporaryDirectory();
        var ledger = data.Write("ledger.jsonl", string.Join("\n",
            """{"seq":1,"type":"assigned","at":"2026-01-07T10:00:00+00:00","assignment":"A1","workItem":"WI-MET-0006","worker":"alice"}""",
            """{"seq":2,"type":"drift-refused","at":"2026-01-08T10:00:00+00:00","assignment":"A1","workItem":"WI-MET-0006","worker":"alice","changedFiles":["src/billing/x.ts"],"diagnostics":["TMR1102"]}""",
            """{"seq":3,"type":"assigned","at":"2026-01-14T10:00:00+00:00","assignment":"A2","workItem":"WI-MET-0001","worker":"bob"}""",
            """{"seq":4,"type":"drift-refused","at":"2026-01-15T10:00:00+00:00","assignment":"A1","workItem":"WI-MET-0006","worker":"alice","changedFiles":["src/billing/y.ts"],"diagnostics":["TMR1102"]}""",
            """{"seq":5,"type":"submitted","at":"2026-01-15T11:00:00+00:00","assignment":"A1","workItem":"WI-MET-0006","worker":"alice","changedFiles":["src/module6/report.ts"]}""",
            """{"seq":6,"type":"completed","at":"2026-01-16T11:00:00+00:00","assignment":"A1","workItem":"WI-MET-0006","worker":"alice"}""",
            """{"seq":7,"type":"drift-refused","at":"2025-12-01T10:00:00+00:00","assignment":"A2","workItem":"WI-MET-0001","worker":"bob"}""",
            """{"seq":8,"type":"drift-ref"""));

        var outcome = CliRun.InProcess(history.Path, "metrics", "--since", "12w", "--format", "json", "--ledger", "file:" + ledger);

        outcome.ExitCode.ShouldBe(0, outcome.Error);
        using var report = JsonDocument.Parse(outcome.Output);
        var workers = report.RootElement.GetProperty("workers").EnumerateArray().ToList();
        workers.Select(w => w.GetProperty("worker").GetString()).ShouldBe(["alice", "bob"]);
        var alice = workers[0];
        alice.GetProperty("total").GetProperty("driftRefusals").GetInt32().ShouldBe(2);
        alice.GetProperty("total").GetProperty("completions").GetInt32().ShouldBe(1);
        var aliceWeeks = alice.GetProperty("weeks").EnumerateArray().ToList();
        aliceWeeks.Count.ShouldBe(12);
        (aliceWeeks[0].GetProperty("week").GetString(), aliceWeeks[0].GetProperty("assignments").GetInt32(), aliceWeeks[0].GetProperty("driftRefusals").GetInt32()).ShouldBe(("2026-W02", 1, 1));
        (aliceWeeks[1].GetProperty("driftRefusals").GetInt32(), aliceWeeks[1].GetProperty("submissions").GetInt32()).ShouldBe((1, 1));

        // bob's refusal of December is before the report's first week.
        workers[1].GetProperty("total").GetProperty("driftRefusals").GetInt32().ShouldBe(0);
        workers[1].GetProperty("total").GetProperty("assignments").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void A_ledger_line_that_is_not_an_event_is_one_line_naming_it_and_exit_code_2()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; metrics reads the history from git");
        using var history = new DatedHistory();
        history.Write("work-items/a.md", MetricsWorkItems.Item(1, "ready", MetricsWorkItems.Falsifiable));
        history.CommitAt(TwelveWeeks.FirstMonday, "one item");
        history.Write("ledger.jsonl", "{\"seq\":1,\"type\":\"assigned\",\"at\":\"2026-01-07T10:00:00+00:00\",\"assignment\":\"A1\",\"workItem\":\"WI-MET-0001\",\"worker\":\"alice\"}\nnot json\n");

        var outcome = CliRun.InProcess(history.Path, "metrics", "--ledger", "file:ledger.jsonl");

        outcome.ExitCode.ShouldBe(2);
        outcome.ErrorLines.Length.ShouldBe(1);
        outcome.Error.ShouldContain("cannot read the ledger file:ledger.jsonl: line 2 is not an event");
    }
}
