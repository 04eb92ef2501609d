using System.IO;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>Writes a metrics report in the format asked for.</summary>
internal static class MetricsWriters
{
    public static void Write(MetricsReport report, MetricsFormat format, TextWriter writer)
    {
        switch (format)
        {
            case MetricsFormat.Json:
                MetricsJsonWriter.Write(report, writer);
                break;
            case MetricsFormat.Csv:
                MetricsCsvWriter.Write(report, writer);
                break;
            case MetricsFormat.Html:
                MetricsHtmlWriter.Write(report, writer);
                break;
            default:
                MetricsTextWriter.Write(report, writer);
                break;
        }
    }

    public static MetricsFormat Parse(string? name) => name switch
    {
        "json" => MetricsFormat.Json,
        "csv" => MetricsFormat.Csv,
        "html" => MetricsFormat.Html,
        "text" or null => MetricsFormat.Text,
        _ => throw new UsageException("unknown format '" + name + "'"),
    };
}
