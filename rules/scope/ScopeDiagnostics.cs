using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules.Scope;

/// <summary>The scope axis's diagnostics (TMR1001–TMR1010) and the drift diagnostics (TMR1101–TMR1103).</summary>
public static class ScopeDiagnostics
{
    /// <summary>The property of TMR1101-TMR1103 that holds the changed path the diagnostic is about (normalised, repository-relative).</summary>
    public const string ChangedPathProperty = "changedPath";

    /// <summary>TMR1001</summary>
    public static DiagnosticDescriptor MissingScope { get; } = Create(
        "TMR1001", "Scope missing or empty", "'scope' is {0}; list the paths the change may write, may read and must not touch", DiagnosticSeverity.Error);

    /// <summary>TMR1002</summary>
    public static DiagnosticDescriptor LegacyShape { get; } = Create(
        "TMR1002", "Legacy scope shape", "scope uses the legacy {0} shape; write it as write, read_only, forbidden and extend_scope: false", DiagnosticSeverity.Error, FixKind.Safe);

    /// <summary>TMR1003</summary>
    public static DiagnosticDescriptor MissingWrite { get; } = Create(
        "TMR1003", "No write paths", "scope has {0} write list; name the files the change may modify", DiagnosticSeverity.Error);

    /// <summary>TMR1004</summary>
    public static DiagnosticDescriptor WholeTreeWrite { get; } = Create(
        "TMR1004", "Write scope covers the repository or a top-level folder", "write path '{0}' gives write access to {1}; list the files, or the folders below it, that the change needs", DiagnosticSeverity.Error);

    /// <summary>TMR1005</summary>
    public static DiagnosticDescriptor ExtendScopeNotFalse { get; } = Create(
        "TMR1005", "extend_scope is not false", "'extend_scope' is {0}; set 'extend_scope: false' so that a worker asks before widening its scope", DiagnosticSeverity.Error, FixKind.Safe);

    /// <summary>TMR1006</summary>
    public static DiagnosticDescriptor ConflictingPath { get; } = Create(
        "TMR1006", "Write path also forbidden or read-only", "write path '{0}' conflicts with {1} path '{2}'", DiagnosticSeverity.Error);

    /// <summary>TMR1007</summary>
    public static DiagnosticDescriptor MissingReadOnlyOrForbidden { get; } = Create(
        "TMR1007", "read_only or forbidden missing", "scope has no {0}; say what the worker may read and what it must not touch (an empty list is a decision too)", DiagnosticSeverity.Warning, FixKind.Suggestion);

    /// <summary>TMR1008</summary>
    public static DiagnosticDescriptor InvalidPath { get; } = Create(
        "TMR1008", "Invalid scope path", "'{0}' is not a usable scope path: {1}", DiagnosticSeverity.Error);

    /// <summary>TMR1009</summary>
    public static DiagnosticDescriptor PathNotInRepository { get; } = Create(
        "TMR1009", "Scope path not in the repository", "{0}", DiagnosticSeverity.None);

    /// <summary>TMR1010</summary>
    public static DiagnosticDescriptor BroadWriteEntry { get; } = Create(
        "TMR1010", "Write entry is a folder or glob", "write path '{0}' lets the worker change any file {1}; list the files where you can", DiagnosticSeverity.Warning);

    /// <summary>TMR1101</summary>
    public static DiagnosticDescriptor ChangedOutsideWrite { get; } = Create(
        "TMR1101", "Changed file outside the write scope", "'{0}' was changed, but it is not in the write scope of {1}", DiagnosticSeverity.Error);

    /// <summary>TMR1102</summary>
    public static DiagnosticDescriptor ChangedForbidden { get; } = Create(
        "TMR1102", "Changed file is forbidden", "'{0}' was changed, but {1} forbids '{2}'", DiagnosticSeverity.Error);

    /// <summary>TMR1103</summary>
    public static DiagnosticDescriptor ChangedReadOnly { get; } = Create(
        "TMR1103", "Changed file is read-only", "'{0}' was changed, but {1} makes '{2}' read-only", DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, FixKind fix = FixKind.None) =>
        new(id, title, message, severity, HelpLinks.ForPath("rules/scope/docs/" + id + ".md"), fix);
}
