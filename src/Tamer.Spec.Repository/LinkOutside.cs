namespace Tamer.Spec.Repository;

/// <summary>A link whose target lies outside the repository: where the link is, and where it leads.</summary>
public sealed record LinkOutside(string LinkPath, string Target);
