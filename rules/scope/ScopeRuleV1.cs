using System.Linq;
using NuGet.Versioning;
using Tamer.Spec.Model;

namespace Tamer.Spec.Rules.Scope;

/// <summary>Scope 1.0.0: a scope is present and names at least one path, in any shape.</summary>
public sealed class ScopeRuleV1 : Rule
{
    /// <summary>Creates the rule.</summary>
    public ScopeRuleV1()
        : base(new NuGetVersion(1, 0, 0), new[] { ScopeDiagnostics.MissingScope })
    {
    }

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var workItem = context.WorkItem;
        var scope = workItem.Scope;
        if (scope.Shape == ScopeShape.Invalid || scope.AllPaths.Any())
        {
            return;
        }

        var (span, state) = scope.Shape == ScopeShape.Missing ? (workItem.OpeningLineSpan, "missing") : (scope.KeySpan, "empty");
        context.Report(ScopeDiagnostics.MissingScope, span, state);
    }
}
