using Tamer.Spec.Model;

namespace Tamer.Spec.Rules.Format;

/// <summary>TMR0008: acceptance criteria or non-goals given in the frontmatter and in the body.</summary>
internal static class DeclaredTwiceCheck
{
    public static void Run(RuleContext context)
    {
        Check(context, context.WorkItem.AcceptanceCriteria, "acceptance criteria");
        Check(context, context.WorkItem.NonGoals, "non-goals");
    }

    private static void Check<T>(RuleContext context, DeclaredList<T> list, string what)
    {
        if (list.OtherDeclarationSpan is not { } body)
        {
            return;
        }

        var frontmatterLine = context.Text.GetPosition(list.DeclarationSpan.Start).Line;
        var bodyLine = context.Text.GetPosition(body.Start).Line;
        context.Report(FormatDiagnostics.DeclaredTwice, body, what, frontmatterLine, bodyLine);
    }
}
