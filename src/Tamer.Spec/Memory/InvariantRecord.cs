using System.Collections.Generic;
using Tamer.Spec.Text;

namespace Tamer.Spec.Memory;

/// <summary>
/// One entry of the invariants registry (<c>invariants/INV-TENANT-001.md</c>): a property of the
/// system that every change to the paths it <see cref="AppliesTo"/> must keep.
/// </summary>
public sealed class InvariantRecord
{
    internal InvariantRecord(string path, TextSpan headSpan, SourcedText? id, SourcedText? statement, SourcedText? consequence, IReadOnlyList<GovernedPath> appliesTo, SourcedText? owner, bool retired, IReadOnlyList<MemoryRecordProblem> problems)
    {
        Path = path;
        HeadSpan = headSpan;
        Id = id;
        Statement = statement;
        Consequence = consequence;
        AppliesTo = appliesTo;
        Owner = owner;
        IsRetired = retired;
        Problems = problems;
    }

    /// <summary>The registry file, as the host named it.</summary>
    public string Path { get; }

    /// <summary>The frontmatter's opening line (or the file's first line): where a problem of the whole entry is shown.</summary>
    public TextSpan HeadSpan { get; }

    /// <summary>The invariant's id (<c>INV-TENANT-001</c>), or null when missing.</summary>
    public SourcedText? Id { get; }

    /// <summary>What must stay true.</summary>
    public SourcedText? Statement { get; }

    /// <summary>What goes wrong when it does not.</summary>
    public SourcedText? Consequence { get; }

    /// <summary>The globs of the paths it governs.</summary>
    public IReadOnlyList<GovernedPath> AppliesTo { get; }

    /// <summary>Who answers for it.</summary>
    public SourcedText? Owner { get; }

    /// <summary>True for <c>status: retired</c>: no longer in force, and not to be referenced.</summary>
    public bool IsRetired { get; }

    /// <summary>What is wrong with the entry's shape (a missing key, a value of the wrong type).</summary>
    public IReadOnlyList<MemoryRecordProblem> Problems { get; }
}
