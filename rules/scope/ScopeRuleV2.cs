using NuGet.Versioning;

namespace Tamer.Spec.Rules.Scope;

/// <summary>
/// Scope 2.0.0, read top to bottom: the scope's shape (present, format 2, write list, explicit
/// extend_scope: false, read_only and forbidden declared), then each path (usable, not the whole
/// tree, not a broad folder or glob, no write path that is also forbidden), then whether the
/// paths exist (opt-in). A change, when the lint carries one, is judged against the write scope
/// (TMR1101-TMR1103, see <see cref="ScopeDriftCheck"/>).
/// </summary>
public sealed class ScopeRuleV2 : Rule
{
    /// <summary>Creates the rule.</summary>
    public ScopeRuleV2()
        : base(
            new NuGetVersion(2, 0, 0),
            new[]
            {
                ScopeDiagnostics.MissingScope, ScopeDiagnostics.LegacyShape, ScopeDiagnostics.MissingWrite, ScopeDiagnostics.WholeTreeWrite,
                ScopeDiagnostics.ExtendScopeNotFalse, ScopeDiagnostics.ConflictingPath, ScopeDiagnostics.MissingReadOnlyOrForbidden,
                ScopeDiagnostics.InvalidPath, ScopeDiagnostics.PathNotInRepository, ScopeDiagnostics.BroadWriteEntry,
                ScopeDiagnostics.ChangedOutsideWrite, ScopeDiagnostics.ChangedForbidden, ScopeDiagnostics.ChangedReadOnly,
            })
    {
    }

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        if (!ScopeShapeCheck.Run(context))
        {
            return;
        }

        ScopePathCheck.Run(context);
        ScopeConflictCheck.Run(context);
        ScopeExistenceCheck.Run(context);
    }

    /// <inheritdoc />
    public override void AnalyzeChange(RuleContext context) => ScopeDriftCheck.Run(context);
}
