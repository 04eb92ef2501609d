namespace Tamer.Spec.Testing;

/// <summary>A Work Item that writes a database migration: clean for the built-in packs, and a case for the example rule pack (ACME1001 at 6,11 unless a rollback is named).</summary>
public static class MigrationWorkItems
{
    public static string Orders(bool rollbackNamed) => $"""
        ---
        id: WI-ORD-0300
        title: Store a region on every order
        status: ready
        scope:
          write: [db/migrations/0042_add_region.sql, src/orders/regions.py]
          read_only: [src/orders/]
          forbidden: [src/payments/]
          extend_scope: false
        acceptance_criteria:
          - "AC-1: after the migration every order row has a non-null region"
        invariants:
          - "order totals do not change": "customers would be billed differently if violated"
        non_goals: [a region picker in the UI]
        accepted_failures: ["{(rollbackNamed ? "the down migration drops the column and its data" : "the backfill may take 2 s on the largest shard")}"]
        estimate: {"{"} diff_lines: 40, files: 2 {"}"}
        ---

        """;
}
