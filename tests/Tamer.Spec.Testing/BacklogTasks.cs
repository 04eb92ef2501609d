namespace Tamer.Spec.Testing;

/// <summary>Backlog.md tasks that tests of several hosts lint the same way.</summary>
public static class BacklogTasks
{
    /// <summary>
    /// <c>task-7</c>, in progress, with one falsifiable criterion (#1) and one vague one (#2, "feels
    /// fast"): read as a Backlog.md task it draws TMR2005 on #2 and no format error; read as a native
    /// Work Item the format rule refuses it.
    /// </summary>
    public const string RateLimitWithOneVagueCriterion = """
        ---
        id: task-7
        title: Rate-limit failed logins
        status: In Progress
        dependencies: []
        ---

        ## Acceptance Criteria
        <!-- AC:BEGIN -->
        - [ ] #1 POST /login with a wrong password returns 401
        - [ ] #2 The login page feels fast
        <!-- AC:END -->
        """;
}
