namespace Tamer.Spec.Model;

/// <summary>Where a Work Item stands.</summary>
public enum WorkItemStatus
{
    /// <summary>The <c>status</c> value is not one the format knows (reported as TMR0007).</summary>
    Unknown,

    /// <summary><c>draft</c> (the default when <c>status</c> is absent).</summary>
    Draft,

    /// <summary><c>ready</c></summary>
    Ready,

    /// <summary><c>in_progress</c></summary>
    InProgress,

    /// <summary><c>review</c></summary>
    Review,

    /// <summary><c>done</c></summary>
    Done,

    /// <summary><c>blocked</c></summary>
    Blocked,
}
