using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Model;
using Tamer.Spec.Text;

namespace Tamer.Spec.Parsing;

/// <summary>One parsed file: its text, what went wrong while reading it, and its Work Item.</summary>
public sealed class WorkItemDocument
{
    internal WorkItemDocument(string path, SourceText text, IReadOnlyList<ParseProblem> problems, WorkItem? workItem)
    {
        Path = path;
        Text = text;
        Problems = problems;
        WorkItem = workItem;
    }

    /// <summary>The path the host gave (the CLI uses paths relative to the working directory, with <c>/</c>).</summary>
    public string Path { get; }

    /// <summary>The decoded text.</summary>
    public SourceText Text { get; }

    /// <summary>Problems found while reading, in order.</summary>
    public IReadOnlyList<ParseProblem> Problems { get; }

    /// <summary>The Work Item; null when a fatal problem stopped the parse.</summary>
    public WorkItem? WorkItem { get; }

    /// <summary>The Work Item's id, or null.</summary>
    public string? Id => WorkItem?.Id?.Value;

    /// <summary>True when a fatal problem stopped the parse.</summary>
    public bool HasFatalProblem => Problems.Any(p => p.IsFatal);

    /// <summary>The location of a span of this file.</summary>
    public SourceLocation GetLocation(TextSpan span) => Text.GetLocation(Path, span);

    /// <inheritdoc />
    public override string ToString() => Id is null ? Path : Path + " (" + Id + ")";

    internal static WorkItemDocument Failed(string path, SourceText text, ParseProblem problem) =>
        new(path, text, new[] { problem ?? throw new ArgumentNullException(nameof(problem)) }, null);
}
