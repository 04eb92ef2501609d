using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Host.Contracts;

/// <summary>
/// One diagnostic, in the shape of the items of <c>tamer-lint --format json</c> (version 1):
/// 1-based positions, <c>endColumn</c> exclusive, the fix kind and, when there is one, the first fix's title;
/// the other Work Items the diagnostic is about, when there are any.
/// </summary>
internal sealed record DiagnosticItem(
    string Id,
    string Severity,
    string Axis,
    string RuleVersion,
    string Message,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Fix,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FixTitle,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RelatedWorkItemItem>? RelatedWorkItems)
{
    public static DiagnosticItem From(Diagnostic diagnostic)
    {
        var location = diagnostic.Location!;
        return new DiagnosticItem(
            diagnostic.Id,
            diagnostic.Severity.ToName(),
            diagnostic.Rule.Axis,
            diagnostic.Rule.Version.ToNormalizedString(),
            diagnostic.Message,
            location.Start.Line,
            location.Start.Column,
            location.End.Line,
            location.End.Column,
            diagnostic.Fix.ToName(),
            diagnostic.Fixes.Count > 0 ? diagnostic.Fixes[0].Title : null,
            Related(diagnostic));
    }

    private static IReadOnlyList<RelatedWorkItemItem>? Related(Diagnostic diagnostic)
    {
        var related = Reporting.RelatedWorkItems.Of(diagnostic);
        return related.Count == 0 ? null : related.Select(r => new RelatedWorkItemItem(r.Id, r.Status, r.SharedPath)).ToList();
    }
}
