using System.Globalization;
using System.IO;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;

namespace Tamer.Spec.Reporting;

/// <summary>
/// The compiler form, one line per diagnostic —
/// <c>path(line,col): error TMR2003: message [acceptance@3.0.0]</c> — then a summary line. A
/// diagnostic with a fix is followed by an indented line naming it (<c>    fix: …</c> for a safe
/// fix that <c>--fix</c> applies, <c>    suggestion: …</c> otherwise), which tools that read the
/// compiler form skip.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    /// <inheritdoc />
    public void Write(LintResult result, ToolInfo tool, TextWriter output)
    {
        foreach (var diagnostic in result.RunDiagnostics)
        {
            output.WriteLine(Line(diagnostic, tool));
        }

        foreach (var file in result.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                output.WriteLine(Line(diagnostic, tool));
                if (FixLine(diagnostic) is { } fix)
                {
                    output.WriteLine(fix);
                }
            }
        }

        output.WriteLine(Summary(result));
    }

    /// <summary>One diagnostic in the compiler form.</summary>
    public static string Line(Diagnostic diagnostic, ToolInfo tool)
    {
        var where = diagnostic.Location is { } location
            ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", location.Path, location.Start.Line, location.Start.Column)
            : tool.Name;
        return string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2}: {3} [{4}]", where, diagnostic.Severity.ToName(), diagnostic.Id, diagnostic.Message, diagnostic.Rule);
    }

    /// <summary>The line that names a diagnostic's first fix, or null when it has none.</summary>
    public static string? FixLine(Diagnostic diagnostic)
    {
        if (diagnostic is null || diagnostic.Fixes.Count == 0)
        {
            return null;
        }

        var fix = diagnostic.Fixes[0];
        return fix.Kind == FixKind.Safe ? "    fix: " + fix.Title + " (tamer-lint --fix applies it)" : "    suggestion: " + fix.Title;
    }

    /// <summary>The summary line: <c>10 files checked: 3 refused (5 errors, 4 warnings, 2 infos)</c>.</summary>
    public static string Summary(LintResult result)
    {
        var summary = result.Summary;
        var suppressed = result.Files.Sum(f => f.SuppressedDiagnostics.Count);
        var line = string.Format(
            CultureInfo.InvariantCulture,
            "{0} checked: {1} refused ({2}, {3}, {4})",
            Count(summary.Files, "file"),
            summary.Refused,
            Count(summary.Errors, "error"),
            Count(summary.Warnings, "warning"),
            Count(summary.Infos, "info"));
        line = suppressed > 0 ? line + string.Format(CultureInfo.InvariantCulture, "; {0} suppressed", suppressed) : line;
        return summary.Baselined > 0 ? line + string.Format(CultureInfo.InvariantCulture, "; {0} baselined", summary.Baselined) : line;
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
