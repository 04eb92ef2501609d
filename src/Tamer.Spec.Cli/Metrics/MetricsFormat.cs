namespace Tamer.Spec.Cli.Metrics;

/// <summary>The formats of a metrics report.</summary>
internal enum MetricsFormat
{
    Text,
    Json,
    Csv,
    Html,
}
