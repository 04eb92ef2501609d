using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules.Memory;

/// <summary>The memory axis's diagnostics (TMR7001–TMR7010): the invariants registry and the rejected-designs log.</summary>
public static class MemoryDiagnostics
{
    /// <summary>TMR7001</summary>
    public static DiagnosticDescriptor UnnamedInvariant { get; } = Create(
        "TMR7001", "Governed path without its invariant", "write path '{0}' is governed by invariant {1} ('{2}'), which the Work Item does not name in invariants", DiagnosticSeverity.Warning, FixKind.Suggestion);

    /// <summary>TMR7002</summary>
    public static DiagnosticDescriptor UnknownInvariant { get; } = Create(
        "TMR7002", "Unknown invariant", "invariant '{0}' is not in the invariants registry{1}", DiagnosticSeverity.Error, FixKind.Suggestion);

    /// <summary>TMR7003</summary>
    public static DiagnosticDescriptor RetiredInvariant { get; } = Create(
        "TMR7003", "Retired invariant", "invariant '{0}' is retired ({1}); it is no longer in force, so remove the reference or name the invariant that replaced it", DiagnosticSeverity.Error);

    /// <summary>TMR7004</summary>
    public static DiagnosticDescriptor RegistryEntryWithoutConsequence { get; } = Create(
        "TMR7004", "Registry invariant without consequence", "invariant '{0}' has no consequence; say what goes wrong if it is broken", DiagnosticSeverity.Error);

    /// <summary>TMR7005</summary>
    public static DiagnosticDescriptor DuplicateInvariantId { get; } = Create(
        "TMR7005", "Duplicate invariant id", "invariant id '{0}' is also used by {1}; every registry entry has an id of its own", DiagnosticSeverity.Error);

    /// <summary>TMR7006</summary>
    public static DiagnosticDescriptor AppliesToNothing { get; } = Create(
        "TMR7006", "Invariant applies to nothing", "applies_to '{0}' matches nothing in the repository ('{1}' does not exist)", DiagnosticSeverity.None);

    /// <summary>TMR7007</summary>
    public static DiagnosticDescriptor MalformedRegistryEntry { get; } = Create(
        "TMR7007", "Malformed registry entry", "invariants registry entry: {0}", DiagnosticSeverity.Error);

    /// <summary>TMR7008</summary>
    public static DiagnosticDescriptor MalformedRejectedDesign { get; } = Create(
        "TMR7008", "Malformed rejected-design record", "rejected-design record: {0}", DiagnosticSeverity.Error);

    /// <summary>TMR7009</summary>
    public static DiagnosticDescriptor ResemblesRejectedDesign { get; } = Create(
        "TMR7009", "Work Item resembles a rejected design", "the Work Item resembles rejected design {0} ('{1}', {2}% similar; shared words: {3}), rejected because: {4}; change the approach, or acknowledge {0} with a reason", DiagnosticSeverity.Warning);

    /// <summary>TMR7010</summary>
    public static DiagnosticDescriptor InvalidAcknowledgement { get; } = Create(
        "TMR7010", "Invalid acknowledgement", "acknowledges entry: {0}", DiagnosticSeverity.Error);

    /// <summary>Every descriptor of the pack, in ID order.</summary>
    public static DiagnosticDescriptor[] All { get; } =
    {
        UnnamedInvariant, UnknownInvariant, RetiredInvariant, RegistryEntryWithoutConsequence, DuplicateInvariantId,
        AppliesToNothing, MalformedRegistryEntry, MalformedRejectedDesign, ResemblesRejectedDesign, InvalidAcknowledgement,
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, FixKind fix = FixKind.None) =>
        new(id, title, message, severity, HelpLinks.ForPath("rules/memory/docs/" + id + ".md"), fix);
}
