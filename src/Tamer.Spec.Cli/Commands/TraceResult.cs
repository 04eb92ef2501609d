using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Rules.Traceability;

namespace Tamer.Spec.Cli.Commands;

/// <summary>What <c>trace</c> found: the claim check's report and how much code it read.</summary>
internal sealed class TraceResult
{
    public TraceResult(ClaimReport report, int claimCount, int fileCount)
    {
        Report = report;
        ClaimCount = claimCount;
        FileCount = fileCount;
    }

    public ClaimReport Report { get; }

    public int ClaimCount { get; }

    public int FileCount { get; }

    public int WorkItemCount => Report.Criteria.Select(c => c.Document).Distinct().Count();

    public int ClaimedCount => Report.Criteria.Count(c => c.ClaimedBy.Count > 0);

    public int Errors => Report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int Warnings => Report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
