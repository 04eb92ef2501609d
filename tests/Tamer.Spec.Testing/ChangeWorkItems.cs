namespace Tamer.Spec.Testing;

/// <summary>A Work Item a change is checked against: one write path, a read-only folder around it, a forbidden folder.</summary>
public static class ChangeWorkItems
{
    /// <summary>
    /// The Work Item <paramref name="id"/>: write <c>src/invoices/total.ts</c>, read-only
    /// <c>src/invoices/</c>, forbidden <c>src/billing/</c> (line 8, column 15), with
    /// <paramref name="frontmatterTail"/> (such as a <c>suppress</c> mapping) at the end of its frontmatter.
    /// </summary>
    public static string Invoices(string id, string frontmatterTail = "") =>
        "---\n" +
        "id: " + id + "\n" +
        "title: Round invoice totals\n" +
        "status: in_progress\n" +
        "scope:\n" +
        "  write: [src/invoices/total.ts]\n" +
        "  read_only: [src/invoices/]\n" +
        "  forbidden: [src/billing/]\n" +
        "  extend_scope: false\n" +
        "acceptance_criteria:\n" +
        "  - \"AC-1: total(10.005) returns 10.01\"\n" +
        "estimate: { diff_lines: 20 }\n" +
        frontmatterTail +
        "---\n\n";

    /// <summary>A justified suppression of TMR1102, for <see cref="Invoices"/>'s tail.</summary>
    public const string SuppressForbidden = "suppress:\n  TMR1102: the billing rounding helper moves with this change on purpose\n";
}
