namespace Tamer.Spec.Cli.Commands;

/// <summary>What <c>lint</c> does with safe fixes.</summary>
internal enum FixMode
{
    /// <summary>Only report.</summary>
    None,

    /// <summary><c>--fix</c>: apply the safe fixes, write the files, report what remains.</summary>
    Apply,

    /// <summary><c>--fix-dry-run</c>: print the safe fixes as a unified diff, write nothing.</summary>
    DryRun,
}
