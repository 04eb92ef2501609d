using NuGet.Versioning;

namespace Tamer.Spec.Rules.Memory;

/// <summary>
/// Memory 1.1.0: 1.0.0 without holding a <c>done</c> Work Item to the registry and the log. A done
/// Work Item is history: an invariant registered or a design rejected after it was finished says
/// nothing about work still to hand out, and reporting the whole history each time the registry
/// grows buries the Work Items that can still change. TMR7001 and TMR7009 therefore skip done Work
/// Items; every other check is 1.0.0's, on every document.
/// </summary>
public sealed class MemoryRuleV11 : Rule
{
    /// <summary>Creates the rule.</summary>
    public MemoryRuleV11()
        : base(new NuGetVersion(1, 1, 0), MemoryDiagnostics.All)
    {
    }

    /// <inheritdoc />
    public override bool AnalyzesUnparsedDocuments => true;

    /// <inheritdoc />
    public override void Analyze(RuleContext context) => MemoryChecks.Run(context, holdsDoneWorkItems: false);
}
