namespace Tamer.Spec.Cli.Metrics;

/// <summary>What <c>tamer-lint metrics</c> was asked for.</summary>
internal sealed class MetricsRequest
{
    /// <summary>How far back: <c>26w</c> (weeks, counting the last one) or a date (<c>2026-01-05</c>).</summary>
    public string Since { get; init; } = "26w";

    /// <summary>The revision the history ends at.</summary>
    public string Until { get; init; } = "HEAD";

    public MetricsFormat Format { get; init; } = MetricsFormat.Text;

    public string? OutputFile { get; init; }

    public string? ConfigurationFile { get; init; }

    /// <summary>The host's ledger to read per-worker figures from (<c>--ledger</c>), or null.</summary>
    public string? Ledger { get; init; }

    /// <summary>Lint each snapshot with the configuration it had, instead of today's.</summary>
    public bool AsOfThen { get; init; }
}
