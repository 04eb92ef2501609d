namespace Tamer.Spec.Repository;

/// <summary>A file a folder walk found: the path it was found at, its real path, and whether a link led to it.</summary>
public sealed record WalkedFile(string Path, string RealPath, bool ThroughLink);
