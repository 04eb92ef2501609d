using Tamer.Spec.Configuration;
using Tamer.Spec.Reporting;
using Tamer.Spec.Repository;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// For the commands whose report has no place for run diagnostics (trace, verify): the links the
/// search for Work Items did not follow (TMR9004), one line each on standard error.
/// </summary>
internal static class LinkWarnings
{
    public static void Write(WorkItemFileFinder finder, TamerConfiguration configuration, CliEnvironment environment)
    {
        foreach (var diagnostic in LinkDiagnostics.For(finder.LinksOutside, configuration, environment.DisplayPath))
        {
            environment.Error.WriteLine(TextReportWriter.Line(diagnostic, ToolInfo.TamerLint(environment.CurrentDirectory)));
        }
    }
}
