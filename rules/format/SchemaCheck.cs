using System.Collections.Generic;
using Tamer.Spec.Model;

namespace Tamer.Spec.Rules.Format;

/// <summary>TMR0005 (unknown keys, with a did-you-mean) and TMR0007 (wrong types, unknown values).</summary>
internal static class SchemaCheck
{
    public static void Run(RuleContext context)
    {
        foreach (var problem in context.WorkItem.SchemaProblems)
        {
            var suggestion = problem.Suggestion is null ? string.Empty : " (did you mean '" + problem.Suggestion + "'?)";
            var properties = problem.Suggestion is null
                ? new Dictionary<string, string>()
                : new Dictionary<string, string> { [FormatFixProvider.ReplacementProperty] = problem.Suggestion };
            if (problem.Kind == SchemaProblemKind.UnknownKey)
            {
                var where = problem.Container is null ? string.Empty : " in " + problem.Container;
                context.Report(FormatDiagnostics.UnknownKey, problem.Span, properties, problem.Found, where, suggestion);
            }
            else
            {
                context.Report(FormatDiagnostics.WrongType, problem.Span, properties, problem.Key, problem.Expected, problem.Found, suggestion);
            }
        }
    }
}
