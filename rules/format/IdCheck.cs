using System.Linq;

namespace Tamer.Spec.Rules.Format;

/// <summary>TMR0004: the id has the shape of its format's ids and no other file of the workspace uses it.</summary>
internal static class IdCheck
{
    private const int MaxOthersNamed = 3;

    public static void Run(RuleContext context)
    {
        if (context.WorkItem.Id is not { } id)
        {
            return;
        }

        var profile = context.Document.Profile;
        if (!profile.IsWellFormedId(id.Value))
        {
            context.Report(
                FormatDiagnostics.BadId,
                id.Span,
                id.Value,
                "is malformed: use " + profile.IdShape);
            return;
        }

        var others = context.Workspace.FindById(id.Value).Where(d => !context.IsAnalyzedDocument(d)).ToList();
        if (others.Count == 0)
        {
            return;
        }

        var named = others
            .Take(MaxOthersNamed)
            .Select(d => d.WorkItem?.Id is { } otherId ? d.GetLocation(otherId.Span).ToString() : d.Path);
        var more = others.Count > MaxOthersNamed ? " and " + (others.Count - MaxOthersNamed) + " more" : string.Empty;
        context.Report(FormatDiagnostics.BadId, id.Span, id.Value, "is also used by " + string.Join(", ", named) + more);
    }
}
