using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Rules.Format;

/// <summary>TMR0003: <c>id</c> and <c>title</c> are present and not empty.</summary>
internal static class RequiredKeyCheck
{
    public static void Run(RuleContext context)
    {
        var workItem = context.WorkItem;
        if (workItem.Id is null)
        {
            Report(context, "id");
        }

        if (workItem.Title is null)
        {
            Report(context, "title");
        }
    }

    private static void Report(RuleContext context, string key)
    {
        var workItem = context.WorkItem;
        var entry = workItem.Frontmatter?.Find(key);
        if (entry is null)
        {
            context.Report(FormatDiagnostics.MissingRequiredKey, workItem.OpeningLineSpan, key, "missing");
        }
        else if (entry.Value is YamlScalar)
        {
            context.Report(FormatDiagnostics.MissingRequiredKey, TextSpan.FromBounds(entry.Key.Span.Start, entry.Value.Span.End < entry.Key.Span.End ? entry.Key.Span.End : entry.Value.Span.End), key, "empty");
        }

        // A value of the wrong type is TMR0007's to report.
    }
}
