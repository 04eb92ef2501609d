using System.Collections.Generic;
using Tamer.Spec.Text;

namespace Tamer.Spec.Memory;

/// <summary>
/// One record of the rejected-designs log (<c>decisions/rejected/RD-0007.md</c>): a design that was
/// considered and turned down, and why, so that a Work Item does not propose it again unawares.
/// </summary>
public sealed class RejectedDesign
{
    internal RejectedDesign(string path, TextSpan headSpan, SourcedText? id, SourcedText? title, SourcedText? decided, SourcedText? reason, IReadOnlyList<SourcedText> keywords, SourcedText? supersededBy, string body, IReadOnlyList<MemoryRecordProblem> problems)
    {
        Path = path;
        HeadSpan = headSpan;
        Id = id;
        Title = title;
        Decided = decided;
        Reason = reason;
        Keywords = keywords;
        SupersededBy = supersededBy;
        Body = body;
        Problems = problems;
    }

    /// <summary>The record's file, as the host named it.</summary>
    public string Path { get; }

    /// <summary>The frontmatter's opening line (or the file's first line).</summary>
    public TextSpan HeadSpan { get; }

    /// <summary>The record's id (<c>RD-0007</c>).</summary>
    public SourcedText? Id { get; }

    /// <summary>The design that was rejected, in a line.</summary>
    public SourcedText? Title { get; }

    /// <summary>When it was decided (<c>2026-03-14</c>).</summary>
    public SourcedText? Decided { get; }

    /// <summary>Why it was rejected.</summary>
    public SourcedText? Reason { get; }

    /// <summary>Words the design is known by, beyond its title.</summary>
    public IReadOnlyList<SourcedText> Keywords { get; }

    /// <summary>The decision that took its place, when one did.</summary>
    public SourcedText? SupersededBy { get; }

    /// <summary>The Markdown below the frontmatter.</summary>
    public string Body { get; }

    /// <summary>What is wrong with the record's shape.</summary>
    public IReadOnlyList<MemoryRecordProblem> Problems { get; }
}
