using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// The dependencies axis's diagnostics (TMR4001–TMR4005). TMR4004 has two descriptors: one per
/// overlapped Work Item (2.0.0), and one per Work Item naming all it overlaps (2.1.0).
/// </summary>
public static class DependenciesDiagnostics
{
    /// <summary>TMR4001</summary>
    public static DiagnosticDescriptor UnknownDependency { get; } = Create(
        "TMR4001", "Unknown dependency", "depends_on names '{0}', which no Work Item in the workspace has{1}", DiagnosticSeverity.Error, FixKind.Suggestion);

    /// <summary>TMR4002</summary>
    public static DiagnosticDescriptor DependencyNotDone { get; } = Create(
        "TMR4002", "Dependency not done", "dependency {0} is {1}, not done: {2}", DiagnosticSeverity.Error);

    /// <summary>TMR4003</summary>
    public static DiagnosticDescriptor DependencyCycle { get; } = Create(
        "TMR4003", "Dependency cycle", "dependency cycle: {0}", DiagnosticSeverity.Error);

    /// <summary>TMR4004 in 2.0.0: one overlapped Work Item.</summary>
    public static DiagnosticDescriptor UndeclaredOverlap { get; } = Create(
        "TMR4004", "Undeclared overlap with work in progress", "{0} ({1}) writes '{2}', which this Work Item {3}, but {0} is not in depends_on", DiagnosticSeverity.Warning, FixKind.Suggestion);

    /// <summary>TMR4004 from 2.1.0: every overlapped Work Item, counted, the first three named.</summary>
    public static DiagnosticDescriptor MergedOverlap { get; } = Create(
        "TMR4004", "Undeclared overlap with work in progress", "overlaps {0} without depending on {1}: {2}", DiagnosticSeverity.Warning, FixKind.Suggestion);

    /// <summary>TMR4005</summary>
    public static DiagnosticDescriptor RedundantDependency { get; } = Create(
        "TMR4005", "Self or repeated dependency", "{0}", DiagnosticSeverity.Warning, FixKind.Safe);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, FixKind fix = FixKind.None) =>
        new(id, title, message, severity, HelpLinks.ForPath("rules/dependencies/docs/" + id + ".md"), fix);
}
