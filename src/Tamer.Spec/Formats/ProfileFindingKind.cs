namespace Tamer.Spec.Formats;

/// <summary>What a format profile found wrong with a file in its own layout; the format rule reports each.</summary>
public enum ProfileFindingKind
{
    /// <summary>The id in the frontmatter and the id the file name carries differ (Backlog.md).</summary>
    FileNameDisagrees,

    /// <summary>A task links to a requirement the feature does not have (Kiro).</summary>
    UnknownRequirementLink,

    /// <summary>Two tasks marked parallel write the same file (Spec Kit).</summary>
    ParallelTasksShareFile,

    /// <summary>A question is left open in the Work Item (Spec Kit).</summary>
    OpenQuestion,
}
