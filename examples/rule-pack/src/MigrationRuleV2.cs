using NuGet.Versioning;
using Tamer.Spec.Rules;

namespace Acme.Tamer.Rules;

/// <summary>
/// 2.0.0: a missing rollback is an error (ACME1001), and a migrations folder written without its
/// trailing slash is a warning with a safe fix (ACME1002).
/// </summary>
public sealed class MigrationRuleV2 : MigrationRuleV1
{
    public MigrationRuleV2()
        : base(new NuGetVersion(2, 0, 0), new[] { AcmeDiagnostics.MissingRollbackV2, AcmeDiagnostics.FolderWithoutSlash })
    {
    }

    public override void Analyze(RuleContext context)
    {
        base.Analyze(context);
        foreach (var path in context.WorkItem.Scope.WritablePaths)
        {
            if (MigrationPaths.IsBareFolder(path.Text))
            {
                context.Report(AcmeDiagnostics.FolderWithoutSlash, path.Span, path.Text);
            }
        }
    }
}
