namespace Tamer.Spec.Formats;

/// <summary>What a file is to its format.</summary>
public enum DocumentRole
{
    /// <summary>The file is a Work Item (a native Work Item, a Backlog.md task, a Spec Kit spec.md, a Kiro requirements.md).</summary>
    WorkItem,

    /// <summary>
    /// The file belongs to a Work Item kept in another file (a Spec Kit or Kiro tasks.md, a plan or a
    /// design): it has no Work Item of its own, only the format's checks run on it.
    /// </summary>
    Companion,

    /// <summary>The file is an entry of the invariants registry: no Work Item, only the memory rule reads it.</summary>
    InvariantRecord,

    /// <summary>The file is a record of the rejected-designs log: no Work Item, only the memory rule reads it.</summary>
    RejectedDesign,
}
