using System.Collections.Generic;
using Tamer.Spec.Reporting;

namespace Tamer.Spec.Cli.Commands;

/// <summary>The options of <c>tamer-lint lint</c>.</summary>
internal sealed class LintRequest
{
    public IReadOnlyList<string> Paths { get; init; } = [];

    public ReportFormat Format { get; init; } = ReportFormat.Text;

    public string? OutputFile { get; init; }

    public string? ConfigurationFile { get; init; }

    public IReadOnlyList<string> RuleSettings { get; init; } = [];

    public IReadOnlyList<string> SeveritySettings { get; init; } = [];

    public int? MaxWarnings { get; init; }

    public FixMode Fix { get; init; }

    /// <summary>Report only the Work Items changed since this git revision and those that depend on them.</summary>
    public string? ChangedSince { get; init; }

    /// <summary>Keep each file's result under <c>.tamer-cache/</c> and reuse it while nothing it depends on changed.</summary>
    public bool Cache { get; init; }

    /// <summary>Lint as if there were no baseline (what <c>tamer-lint baseline</c> records).</summary>
    public bool IgnoreBaseline { get; init; }
}
