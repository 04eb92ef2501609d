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
}
