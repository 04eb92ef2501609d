namespace Tamer.Spec.EndToEnd.Tests;

/// <summary>Work Items the end-to-end tests write into consumer projects.</summary>
internal static class WorkItems
{
    /// <summary>Refused: a legacy scope (TMR1002 at line 5, column 1).</summary>
    public const string Refused = """
        ---
        id: WI-E2E-0001
        title: Rate-limit failed logins
        status: ready
        scope: [src/auth/login.ts]
        acceptance_criteria:
          - "AC-1: the sixth failed POST /login within 60 s responds with 429"
        estimate: { diff_lines: 20 }
        ---

        """;

    /// <summary>Clean: nothing to report.</summary>
    public const string Clean = """
        ---
        id: WI-E2E-0001
        title: Rate-limit failed logins
        status: ready
        scope:
          write: [src/auth/login.ts]
          read_only: [src/auth/]
          forbidden: [src/billing/]
          extend_scope: false
        acceptance_criteria:
          - "AC-1: the sixth failed POST /login within 60 s responds with 429"
        estimate: { diff_lines: 20 }
        ---

        """;

    /// <summary>Accepted with one warning: TMR3001 (six files estimated, no invariants).</summary>
    public const string WarnsAboutInvariants = """
        ---
        id: WI-E2E-0002
        title: Rename the session store
        status: ready
        scope:
          write: [src/auth/session.ts]
          read_only: [src/auth/]
          forbidden: [src/billing/]
          extend_scope: false
        acceptance_criteria:
          - "AC-1: GET /session with a valid cookie returns 200"
        estimate: { diff_lines: 30, files: 6 }
        ---

        """;

    /// <summary>Clean for the built-in packs; the example rule pack refuses it (ACME1001 at 6,11).</summary>
    public static string WritesMigrationWithoutRollback => Tamer.Spec.Testing.MigrationWorkItems.Orders(rollbackNamed: false);
}
