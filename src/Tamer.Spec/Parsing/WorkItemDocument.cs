using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Formats;
using Tamer.Spec.Model;
using Tamer.Spec.Text;

namespace Tamer.Spec.Parsing;

/// <summary>One parsed file: its text, what went wrong while reading it, and its Work Item.</summary>
public sealed class WorkItemDocument
{
    internal WorkItemDocument(string path, SourceText text, IReadOnlyList<ParseProblem> problems, WorkItem? workItem)
        : this(path, text, problems, workItem, FormatProfiles.Native, DocumentRole.WorkItem, null)
    {
    }

    internal WorkItemDocument(string path, SourceText text, IReadOnlyList<ParseProblem> problems, WorkItem? workItem, FormatProfile profile, DocumentRole role, object? facts)
    {
        Path = path;
        Text = text;
        Problems = problems;
        WorkItem = workItem;
        Profile = profile;
        Role = role;
        Facts = facts;
    }

    /// <summary>The path the host gave (the CLI uses paths relative to the working directory, with <c>/</c>).</summary>
    public string Path { get; }

    /// <summary>The decoded text.</summary>
    public SourceText Text { get; }

    /// <summary>Problems found while reading, in order.</summary>
    public IReadOnlyList<ParseProblem> Problems { get; }

    /// <summary>The Work Item; null when a fatal problem stopped the parse.</summary>
    public WorkItem? WorkItem { get; }

    /// <summary>The format the file was read as.</summary>
    public FormatProfile Profile { get; }

    /// <summary>Whether the file is a Work Item or belongs to one kept in another file.</summary>
    public DocumentRole Role { get; }

    /// <summary>What the profile read that the model has no place for (tasks and their links), for its own checks.</summary>
    internal object? Facts { get; }

    /// <summary>The Work Item's id, or null.</summary>
    public string? Id => WorkItem?.Id?.Value;

    /// <summary>True when a fatal problem stopped the parse.</summary>
    public bool HasFatalProblem => Problems.Any(p => p.IsFatal);

    /// <summary>The location of a span of this file.</summary>
    public SourceLocation GetLocation(TextSpan span) => Text.GetLocation(Path, span);

    /// <inheritdoc />
    public override string ToString() => Id is null ? Path : Path + " (" + Id + ")";

    internal static WorkItemDocument Failed(string path, SourceText text, ParseProblem problem, FormatProfile? profile = null) =>
        new(path, text, new[] { problem ?? throw new ArgumentNullException(nameof(problem)) }, null, profile ?? FormatProfiles.Native, DocumentRole.WorkItem, null);
}
