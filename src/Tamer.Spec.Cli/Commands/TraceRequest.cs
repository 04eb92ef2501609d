using System.Collections.Generic;
using Tamer.Spec.Reporting;

namespace Tamer.Spec.Cli.Commands;

/// <summary>The options of <c>tamer-lint trace</c>.</summary>
internal sealed class TraceRequest
{
    /// <summary>A project file or a folder; null means the current folder.</summary>
    public string? Target { get; init; }

    public ReportFormat Format { get; init; } = ReportFormat.Text;

    public string? ConfigurationFile { get; init; }

    public IReadOnlyList<string> SeveritySettings { get; init; } = [];
}
