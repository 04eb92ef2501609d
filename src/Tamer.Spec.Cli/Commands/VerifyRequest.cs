using System.Collections.Generic;
using Tamer.Spec.Reporting;

namespace Tamer.Spec.Cli.Commands;

/// <summary>The options of <c>tamer-lint verify</c>.</summary>
internal sealed class VerifyRequest
{
    /// <summary>A Work Item's id, or the path of its file.</summary>
    public string Target { get; init; } = string.Empty;

    public string? BaseRevision { get; init; }

    public string? HeadRevision { get; init; }

    /// <summary>A file listing the changed paths, one a line ("-" for standard input), instead of git.</summary>
    public string? ChangedFile { get; init; }

    /// <summary>Test run files (TRX or JUnit XML) to check the Work Item's criteria against.</summary>
    public IReadOnlyList<string> TestRunFiles { get; init; } = [];

    /// <summary>The project or folder whose C# files hold the <c>[Satisfies]</c> claims; null for the repository.</summary>
    public string? ClaimsFolder { get; init; }

    public ReportFormat Format { get; init; } = ReportFormat.Text;

    public string? ConfigurationFile { get; init; }

    public IReadOnlyList<string> RuleSettings { get; init; } = [];

    public IReadOnlyList<string> SeveritySettings { get; init; } = [];
}
