using Tamer.Spec.Diagnostics;
using Tamer.Spec.Formats;

namespace Tamer.Spec.Rules.Format;

/// <summary>
/// TMR0011–TMR0014: what the file's format profile found wrong in its own layout (a Backlog.md file
/// name, Kiro requirement links, Spec Kit parallel tasks and open questions), each reported with
/// the diagnostic of its kind.
/// </summary>
internal static class ProfileFindingCheck
{
    public static void Run(RuleContext context)
    {
        foreach (var finding in context.Document.Profile.Check(context))
        {
            // A kind from a newer core than this pack knows has no diagnostic here yet.
            if (DescriptorOf(finding.Kind) is not { } descriptor)
            {
                continue;
            }

            var arguments = new object?[finding.Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = finding.Arguments[i];
            }

            if (finding.IsAdvisory)
            {
                context.Report(descriptor, DiagnosticSeverity.Info, finding.Span, arguments);
            }
            else
            {
                context.Report(descriptor, finding.Span, arguments);
            }
        }
    }

    private static DiagnosticDescriptor? DescriptorOf(ProfileFindingKind kind) => kind switch
    {
        ProfileFindingKind.FileNameDisagrees => FormatDiagnostics.FileNameDisagrees,
        ProfileFindingKind.UnknownRequirementLink => FormatDiagnostics.UnknownRequirementLink,
        ProfileFindingKind.ParallelTasksShareFile => FormatDiagnostics.ParallelTasksShareFile,
        ProfileFindingKind.OpenQuestion => FormatDiagnostics.OpenQuestion,
        _ => null,
    };
}
