using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules.Format;

/// <summary>The format rule's diagnostics (TMR0001–TMR0014): what every Work Item passes first, and the checks of the format profiles.</summary>
public static class FormatDiagnostics
{
    /// <summary>TMR0001</summary>
    public static DiagnosticDescriptor MissingFrontmatter { get; } = Create(
        "TMR0001", "Missing or unclosed frontmatter", "{0}", DiagnosticSeverity.Error);

    /// <summary>TMR0002</summary>
    public static DiagnosticDescriptor InvalidYaml { get; } = Create(
        "TMR0002", "Invalid YAML in the frontmatter", "invalid YAML: {0}", DiagnosticSeverity.Error);

    /// <summary>TMR0003</summary>
    public static DiagnosticDescriptor MissingRequiredKey { get; } = Create(
        "TMR0003", "Missing id or title", "'{0}' is {1}; every Work Item needs an id and a title", DiagnosticSeverity.Error);

    /// <summary>TMR0004</summary>
    public static DiagnosticDescriptor BadId { get; } = Create(
        "TMR0004", "Malformed or duplicate id", "id '{0}' {1}", DiagnosticSeverity.Error);

    /// <summary>TMR0005</summary>
    public static DiagnosticDescriptor UnknownKey { get; } = Create(
        "TMR0005", "Unknown key", "unknown key {0}{1}{2}", DiagnosticSeverity.Warning, FixKind.Suggestion);

    /// <summary>TMR0006</summary>
    public static DiagnosticDescriptor LimitExceeded { get; } = Create(
        "TMR0006", "Input over a limit", "input over the {0} limit: {1}", DiagnosticSeverity.Error);

    /// <summary>TMR0007</summary>
    public static DiagnosticDescriptor WrongType { get; } = Create(
        "TMR0007", "Wrong type or unknown value", "'{0}' should be {1}, found {2}{3}", DiagnosticSeverity.Error, FixKind.Suggestion);

    /// <summary>TMR0008</summary>
    public static DiagnosticDescriptor DeclaredTwice { get; } = Create(
        "TMR0008", "List given in both frontmatter and body", "{0} are given both in the frontmatter (line {1}) and in the body (line {2}); keep one, the frontmatter's list is used", DiagnosticSeverity.Warning);

    /// <summary>TMR0009</summary>
    public static DiagnosticDescriptor BadSuppression { get; } = Create(
        "TMR0009", "Unjustified or unknown suppression", "the suppression of '{0}' {1}", DiagnosticSeverity.Error);

    /// <summary>TMR0010</summary>
    public static DiagnosticDescriptor NotUtf8Text { get; } = Create(
        "TMR0010", "Not UTF-8 text", "the file is not UTF-8 text: {0}", DiagnosticSeverity.Error);

    /// <summary>TMR0011</summary>
    public static DiagnosticDescriptor FileNameDisagrees { get; } = Create(
        "TMR0011", "File name and id disagree", "id '{0}' disagrees with the id '{1}' the file name carries; the format's tools find the task by its file name", DiagnosticSeverity.Error);

    /// <summary>TMR0012</summary>
    public static DiagnosticDescriptor UnknownRequirementLink { get; } = Create(
        "TMR0012", "Link to a requirement that does not exist", "{0} links to requirement {1}, which {2}", DiagnosticSeverity.Error);

    /// <summary>TMR0013</summary>
    public static DiagnosticDescriptor ParallelTasksShareFile { get; } = Create(
        "TMR0013", "Parallel tasks write the same file", "tasks {0} and {1} are both marked [P] (parallel) and both write '{2}'; drop [P] from one of them or split the file", DiagnosticSeverity.Error);

    /// <summary>TMR0014</summary>
    public static DiagnosticDescriptor OpenQuestion { get; } = Create(
        "TMR0014", "Open question left in the Work Item", "open question in a '{0}' Work Item: {1}; answer it before the work starts", DiagnosticSeverity.Warning);

    /// <summary>Every format diagnostic, in ID order.</summary>
    public static DiagnosticDescriptor[] All { get; } =
    {
        MissingFrontmatter, InvalidYaml, MissingRequiredKey, BadId, UnknownKey, LimitExceeded, WrongType, DeclaredTwice, BadSuppression, NotUtf8Text,
        FileNameDisagrees, UnknownRequirementLink, ParallelTasksShareFile, OpenQuestion,
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, FixKind fix = FixKind.None) =>
        new(id, title, message, severity, HelpLinks.ForPath("rules/format/docs/" + id + ".md"), fix);
}
