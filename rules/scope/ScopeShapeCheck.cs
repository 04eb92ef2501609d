using System.Collections.Generic;
using Tamer.Spec.Model;

namespace Tamer.Spec.Rules.Scope;

/// <summary>TMR1001, TMR1002, TMR1003, TMR1005, TMR1007: the scope's shape.</summary>
internal static class ScopeShapeCheck
{
    /// <summary>Reports shape problems; returns false when there are no paths to check further.</summary>
    public static bool Run(RuleContext context)
    {
        var workItem = context.WorkItem;
        var scope = workItem.Scope;
        switch (scope.Shape)
        {
            case ScopeShape.Invalid:
                return false;
            case ScopeShape.Missing:
                context.Report(ScopeDiagnostics.MissingScope, workItem.OpeningLineSpan, "missing");
                return false;
            case ScopeShape.Empty:
            case ScopeShape.Mapping when scope.Value is Yaml.YamlMapping { Entries.Count: 0 }:
                context.Report(ScopeDiagnostics.MissingScope, scope.KeySpan, "empty");
                return false;
            case ScopeShape.LegacyList or ScopeShape.LegacyPaths when scope.LegacyPaths.Count == 0:
                context.Report(ScopeDiagnostics.MissingScope, scope.KeySpan, "empty");
                return false;
            case ScopeShape.LegacyList:
            case ScopeShape.LegacyPaths:
                context.Report(ScopeDiagnostics.LegacyShape, scope.KeySpan, scope.Shape == ScopeShape.LegacyList ? "list" : "'paths'");
                return true;
        }

        if (scope.Write is null || scope.Write.Entries.Count == 0)
        {
            context.Report(ScopeDiagnostics.MissingWrite, scope.Write?.KeySpan ?? scope.KeySpan, scope.Write is null ? "no" : "an empty");
        }

        if (scope.ExtendScope is null)
        {
            context.Report(ScopeDiagnostics.ExtendScopeNotFalse, scope.KeySpan, "missing");
        }
        else if (scope.ExtendScope.Value == true)
        {
            context.Report(ScopeDiagnostics.ExtendScopeNotFalse, scope.ExtendScope.Node.Span, "true");
        }

        // 'read_only:' with no value is a skeleton nobody filled in, not the decision '[]' records.
        var missing = new List<string>();
        if (scope.ReadOnly is null || scope.ReadOnly.Value is Yaml.YamlScalar { IsNull: true })
        {
            missing.Add("read_only");
        }

        if (scope.Forbidden is null || scope.Forbidden.Value is Yaml.YamlScalar { IsNull: true })
        {
            missing.Add("forbidden");
        }

        if (missing.Count > 0)
        {
            context.Report(ScopeDiagnostics.MissingReadOnlyOrForbidden, scope.KeySpan, string.Join(" and no ", missing) + (missing.Count == 1 ? " list" : " lists"));
        }

        return true;
    }
}
