using System;

namespace Tamer.Spec.Reporting;

/// <summary>The writer of each format.</summary>
public static class ReportWriters
{
    /// <summary>The writer for <paramref name="format"/>.</summary>
    public static IReportWriter For(ReportFormat format) => format switch
    {
        ReportFormat.Text => new TextReportWriter(),
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(),
        ReportFormat.GitHub => new GitHubReportWriter(),
        ReportFormat.JUnit => new JUnitReportWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Reads a format name: <c>text</c>, <c>json</c>, <c>sarif</c>, <c>github</c>, <c>junit</c>.</summary>
    public static bool TryParse(string? name, out ReportFormat format)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "text":
                format = ReportFormat.Text;
                return true;
            case "json":
                format = ReportFormat.Json;
                return true;
            case "sarif":
                format = ReportFormat.Sarif;
                return true;
            case "github":
                format = ReportFormat.GitHub;
                return true;
            case "junit":
                format = ReportFormat.JUnit;
                return true;
            default:
                format = ReportFormat.Text;
                return false;
        }
    }
}
