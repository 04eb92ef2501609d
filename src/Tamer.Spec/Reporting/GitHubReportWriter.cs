using System.Globalization;
using System.IO;
using System.Text;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;

namespace Tamer.Spec.Reporting;

/// <summary>
/// GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,title=TMR2003::message</c>
/// (<c>::warning</c> and <c>::notice</c> for the other severities), so diagnostics show as
/// annotations on the pull request.
/// </summary>
public sealed class GitHubReportWriter : IReportWriter
{
    /// <inheritdoc />
    public void Write(LintResult result, ToolInfo tool, TextWriter output)
    {
        foreach (var diagnostic in result.RunDiagnostics)
        {
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "::{0} title={1}::{2}", Command(diagnostic.Severity), Property(diagnostic.Id), Data(diagnostic.Message)));
        }

        foreach (var file in result.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                var location = diagnostic.Location!;
                output.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "::{0} file={1},line={2},col={3},title={4}::{5}",
                    Command(diagnostic.Severity),
                    Property(location.Path),
                    location.Start.Line,
                    location.Start.Column,
                    Property(diagnostic.Id),
                    Data(diagnostic.Message + " [" + diagnostic.Rule + "]")));
            }
        }
    }

    private static string Command(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };

    // Workflow command escaping: data escapes %, CR and LF; property values also ':' and ','.
    private static string Data(string value) =>
        new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    private static string Property(string value) =>
        new StringBuilder(Data(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
