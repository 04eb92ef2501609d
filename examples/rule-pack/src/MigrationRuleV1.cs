using System.Linq;
using NuGet.Versioning;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Rules;

namespace Acme.Tamer.Rules;

/// <summary>1.0.0: a Work Item that writes migrations names a rollback in non_goals or accepted_failures (ACME1001, a warning).</summary>
public class MigrationRuleV1 : Rule
{
    public MigrationRuleV1()
        : this(new NuGetVersion(1, 0, 0), new[] { AcmeDiagnostics.MissingRollbackV1 })
    {
    }

    private protected MigrationRuleV1(NuGetVersion version, DiagnosticDescriptor[] descriptors)
        : base(version, descriptors)
    {
    }

    public override void Analyze(RuleContext context)
    {
        var workItem = context.WorkItem;
        if (MigrationPaths.FirstWritten(workItem) is not { } migration)
        {
            return;
        }

        var named = workItem.NonGoals.Items.Concat(workItem.AcceptedFailures.Items).Any(t => RollbackTerms.Mentions(t.Value));
        if (!named)
        {
            context.Report(SupportedDiagnostics[0], migration.Span, migration.Text);
        }
    }
}
