namespace Tamer.Spec.Host.Assignments;

/// <summary>Where an assignment stands: its Work Item's status as the ledger has it.</summary>
internal enum AssignmentState
{
    /// <summary>Assigned; the worker's change is not in yet (or was refused).</summary>
    InProgress,

    /// <summary>A change inside the scope was submitted.</summary>
    Review,

    /// <summary>Completed.</summary>
    Done,
}
