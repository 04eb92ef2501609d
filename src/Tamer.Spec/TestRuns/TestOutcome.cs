namespace Tamer.Spec.TestRuns;

/// <summary>What happened to one test in a run.</summary>
public enum TestOutcome
{
    /// <summary>It ran and passed.</summary>
    Passed,

    /// <summary>It ran and failed (an assertion or an error).</summary>
    Failed,

    /// <summary>The runner skipped it.</summary>
    Skipped,

    /// <summary>It is in the run but did not run to an end (not executed, aborted, timed out, inconclusive).</summary>
    NotRun,
}
