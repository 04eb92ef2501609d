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
        Joined = Array.Empty<JoinedFile>();
    }

    private WorkItemDocument(WorkItemDocument read, WorkItem workItem, IReadOnlyList<JoinedFile> joined)
        : this(read.Path, read.Text, read.Problems, workItem, read.Profile, read.Role, read.Facts)
    {
        AsRead = read;
        Joined = joined;
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

    /// <summary>
    /// The files of the same Work Item whose elements the Work Item carries (a Spec Kit feature's
    /// tasks.md paths as its write scope), each placed after this file's text; empty for most.
    /// </summary>
    internal IReadOnlyList<JoinedFile> Joined { get; }

    /// <summary>
    /// The document as its host read it, when this one is that document joined with the other
    /// files of its Work Item by a workspace; otherwise null (this is the document as read).
    /// </summary>
    internal WorkItemDocument? AsRead { get; }

    /// <summary>Just past the last span of this document: its text's end, or the end of the last joined file.</summary>
    internal int Extent => Joined.Count == 0 ? Text.Length : Joined[Joined.Count - 1].End;

    /// <summary>The invariants registry entry the file holds, when it is one (<see cref="DocumentRole.InvariantRecord"/>).</summary>
    public Memory.InvariantRecord? InvariantRecord => Facts as Memory.InvariantRecord;

    /// <summary>The rejected-design record the file holds, when it is one (<see cref="DocumentRole.RejectedDesign"/>).</summary>
    public Memory.RejectedDesign? RejectedDesign => Facts as Memory.RejectedDesign;

    /// <summary>The Work Item's id, or null.</summary>
    public string? Id => WorkItem?.Id?.Value;

    /// <summary>True when a fatal problem stopped the parse.</summary>
    public bool HasFatalProblem => Problems.Any(p => p.IsFatal);

    /// <summary>The location of a span of this file.</summary>
    public SourceLocation GetLocation(TextSpan span)
    {
        if (span.Start > Text.Length)
        {
            foreach (var file in Joined)
            {
                if (file.Contains(span))
                {
                    return file.GetLocation(span);
                }
            }
        }

        return Text.GetLocation(Path, span);
    }

    /// <summary>The text of the file at <paramref name="path"/>: this document's or a joined file's; null for any other.</summary>
    internal SourceText? TextOf(string path)
    {
        if (string.Equals(path, Path, StringComparison.Ordinal))
        {
            return Text;
        }

        foreach (var file in Joined)
        {
            if (string.Equals(path, file.Path, StringComparison.Ordinal))
            {
                return file.Text;
            }
        }

        return null;
    }

    /// <summary>This document with <paramref name="workItem"/>, whose spans may reach into <paramref name="joined"/>.</summary>
    internal WorkItemDocument Join(WorkItem workItem, IReadOnlyList<JoinedFile> joined) =>
        new(AsRead ?? this, workItem, joined);

    /// <inheritdoc />
    public override string ToString() => Id is null ? Path : Path + " (" + Id + ")";

    // A registry or log file that cannot be read keeps its role: the memory rule reports the problem
    // there (TMR7007/TMR7008), and no Work Item rule sees it.
    internal static WorkItemDocument Failed(string path, SourceText text, ParseProblem problem, FormatProfile? profile = null) =>
        Memory.MemoryProfiles.IsMemory(profile)
            ? Memory.MemoryProfiles.Unreadable(path, text, problem ?? throw new ArgumentNullException(nameof(problem)), profile!)
            : new(path, text, new[] { problem ?? throw new ArgumentNullException(nameof(problem)) }, null, profile ?? FormatProfiles.Native, DocumentRole.WorkItem, null);
}
