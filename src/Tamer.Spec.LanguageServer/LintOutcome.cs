namespace Tamer.Spec.LanguageServer;

/// <summary>
/// What linting an open document gave: a lint, or nothing because the document is not a Work
/// Item, or a failure (<see cref="Failure"/> says why, the configuration's error say).
/// </summary>
internal sealed record LintOutcome(OpenDocument Document, IWorkItemWorkspace? Workspace, WorkspaceLint? Lint, string? Failure);
