namespace Tamer.Spec.Repository;

/// <summary>A file a folder walk found: the path it was found at, its real path, and whether a link led to it.</summary>
public sealed record WalkedFile(string Path, string RealPath, bool ThroughLink)
{
    /// <summary>
    /// The file's size and last write time (UTC ticks) as the walk saw them, when it read them
    /// anyway (a file met directly in a folder, not through a link); otherwise null.
    /// </summary>
    public (long Length, long ModifiedTicks)? Seen { get; init; }
}
