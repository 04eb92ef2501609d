using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Model;

namespace Tamer.Spec.Host.Contracts;

/// <summary>A Work Item in the list: its status as the orchestrator knows it, the gate's decision and the counts behind it.</summary>
internal sealed record WorkItemSummary(
    string? Id,
    string Path,
    string? Title,
    string Status,
    bool Refused,
    int Errors,
    int Warnings,
    int Infos,
    AssignmentView? Assignment)
{
    public static WorkItemSummary From(FileLintResult result, Assignment? assignment) => new(
        result.Id,
        result.Path,
        result.Document.WorkItem?.Title?.Value,
        StatusOf(result.Document.WorkItem),
        result.IsRefused,
        result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
        result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
        result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info),
        assignment is null ? null : AssignmentView.From(assignment));

    /// <summary>The status value as a file would write it; <c>unknown</c> for a value the format does not know, <c>unreadable</c> for a file that is not a Work Item.</summary>
    public static string StatusOf(WorkItem? workItem) => workItem is null ? "unreadable" : workItem.Status == WorkItemStatus.Unknown ? "unknown" : WorkItemFormat.ToValue(workItem.Status);
}

/// <summary>One Work Item with its diagnostics, in the command line's JSON item shape.</summary>
internal sealed record WorkItemReport(
    string? Id,
    string Path,
    string? Title,
    string Status,
    bool Refused,
    IReadOnlyList<string> Refusal,
    IReadOnlyList<DiagnosticItem> Diagnostics,
    AssignmentView? Assignment)
{
    public static WorkItemReport From(FileLintResult result, Assignment? assignment) => new(
        result.Id,
        result.Path,
        result.Document.WorkItem?.Title?.Value,
        WorkItemSummary.StatusOf(result.Document.WorkItem),
        result.IsRefused,
        RefusalCodes(result.Gate.Refusals),
        result.Diagnostics.Select(DiagnosticItem.From).ToList(),
        assignment is null ? null : AssignmentView.From(assignment));

    /// <summary>The IDs of the errors behind a refusal, each once, in order of appearance.</summary>
    public static IReadOnlyList<string> RefusalCodes(IEnumerable<Diagnostic> refusals) => refusals.Select(d => d.Id).Distinct().ToList();
}
