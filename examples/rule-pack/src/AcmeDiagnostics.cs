using Tamer.Spec.Diagnostics;
using Tamer.Spec.Rules;

namespace Acme.Tamer.Rules;

/// <summary>The pack's diagnostics. IDs are the team's own prefix, never TMR.</summary>
public static class AcmeDiagnostics
{
    /// <summary>ACME1001 as version 1.0.0 reports it: a warning.</summary>
    public static DiagnosticDescriptor MissingRollbackV1 { get; } = MissingRollback(DiagnosticSeverity.Warning);

    /// <summary>ACME1001 from version 2.0.0: an error, so the gate refuses the Work Item.</summary>
    public static DiagnosticDescriptor MissingRollbackV2 { get; } = MissingRollback(DiagnosticSeverity.Error);

    /// <summary>ACME1002 (2.0.0): a migrations folder written without its trailing slash.</summary>
    public static DiagnosticDescriptor FolderWithoutSlash { get; } = new(
        "ACME1002",
        "Migrations folder without a trailing slash",
        "write path '{0}' names the migrations folder; write it as '{0}/' so it cannot be read as a file",
        DiagnosticSeverity.Warning,
        HelpLinks.ForPath("examples/rule-pack/src/docs/ACME1002.md"),
        FixKind.Safe);

    private static DiagnosticDescriptor MissingRollback(DiagnosticSeverity severity) => new(
        "ACME1001",
        "Migration without a rollback",
        "the Work Item writes '{0}' but neither non_goals nor accepted_failures says how a migration is rolled back",
        severity,
        HelpLinks.ForPath("examples/rule-pack/src/docs/ACME1001.md"));
}
