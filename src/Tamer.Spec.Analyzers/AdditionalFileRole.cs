namespace Tamer.Spec.Analyzers;

/// <summary>What an AdditionalFile is to the analyzer.</summary>
internal enum AdditionalFileRole
{
    /// <summary>Not ours: another analyzer's input.</summary>
    Other,

    /// <summary>Declared a Work Item (<c>TamerKind="WorkItem"</c>): linted unless the configuration excludes it.</summary>
    WorkItem,

    /// <summary>
    /// Possibly a Work Item: the package's default globs, or a Markdown file without metadata.
    /// Linted when the configuration's <c>include</c> names it and <c>exclude</c> does not.
    /// </summary>
    Candidate,

    /// <summary>The <c>.tamer.yml</c> configuration.</summary>
    Configuration,
}
