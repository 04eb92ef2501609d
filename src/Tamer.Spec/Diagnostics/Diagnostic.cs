using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Fixes;
using Tamer.Spec.Text;

namespace Tamer.Spec.Diagnostics;

/// <summary>One finding: what (descriptor, message), where (location), how bad (effective severity), and from which rule.</summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, string message, SourceLocation? location, RuleReference rule, string? suppressionJustification = null, FixKind fix = FixKind.None)
        : this(descriptor, severity, message, location, rule, suppressionJustification, fix, NoProperties, Array.Empty<CodeFix>())
    {
    }

    private Diagnostic(
        DiagnosticDescriptor descriptor,
        DiagnosticSeverity severity,
        string message,
        SourceLocation? location,
        RuleReference rule,
        string? suppressionJustification,
        FixKind fix,
        IReadOnlyDictionary<string, string> properties,
        IReadOnlyList<CodeFix> fixes)
    {
        Fix = fix;
        Properties = properties;
        Fixes = fixes;
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        Severity = severity;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Location = location;
        Rule = rule ?? throw new ArgumentNullException(nameof(rule));
        SuppressionJustification = suppressionJustification;
    }

    /// <summary>The descriptor.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The ID.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The severity after configuration.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The message, naming what was found.</summary>
    public string Message { get; }

    /// <summary>Where; null only for diagnostics about the run itself (a command-line option).</summary>
    public SourceLocation? Location { get; }

    /// <summary>The rule that reported it.</summary>
    public RuleReference Rule { get; }

    /// <summary>The Work Item's justification when the diagnostic is suppressed, otherwise null.</summary>
    public string? SuppressionJustification { get; }

    /// <summary>The kind of fix available for this occurrence (<see cref="FixKind.None"/> when none is offered).</summary>
    public FixKind Fix { get; }

    /// <summary>What the rule recorded for a fix provider (the id a suggestion would use, …); empty when nothing.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>The fixes offered for this occurrence, best first; the first decides <see cref="Fix"/>.</summary>
    public IReadOnlyList<CodeFix> Fixes { get; }

    private static IReadOnlyDictionary<string, string> NoProperties { get; } = new Dictionary<string, string>();

    /// <summary>True when a justified <c>suppress</c> entry silences the diagnostic.</summary>
    public bool IsSuppressed => SuppressionJustification is not null;

    /// <summary>A copy with another severity.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, severity, Message, Location, Rule, SuppressionJustification, Fix, Properties, Fixes);

    /// <summary>A copy with another message (a baseline's note added, say).</summary>
    public Diagnostic WithMessage(string message) =>
        new(Descriptor, Severity, message ?? throw new ArgumentNullException(nameof(message)), Location, Rule, SuppressionJustification, Fix, Properties, Fixes);

    /// <summary>A copy marked as suppressed.</summary>
    public Diagnostic WithSuppression(string justification) =>
        new(Descriptor, Severity, Message, Location, Rule, justification ?? throw new ArgumentNullException(nameof(justification)), Fix, Properties, Fixes);

    /// <summary>A copy carrying <paramref name="properties"/> for fix providers.</summary>
    public Diagnostic WithProperties(IReadOnlyDictionary<string, string> properties) =>
        new(Descriptor, Severity, Message, Location, Rule, SuppressionJustification, Fix, properties ?? throw new ArgumentNullException(nameof(properties)), Fixes);

    /// <summary>
    /// A copy offering <paramref name="fixes"/>: <see cref="Fix"/> becomes the first fix's kind
    /// (safe fixes come first), or none when the list is empty.
    /// </summary>
    public Diagnostic WithFixes(IEnumerable<CodeFix> fixes)
    {
        var ordered = (fixes ?? throw new ArgumentNullException(nameof(fixes))).OrderBy(f => f.Kind == FixKind.Safe ? 0 : 1).ToList();
        return new(Descriptor, Severity, Message, Location, Rule, SuppressionJustification, ordered.Count == 0 ? FixKind.None : ordered[0].Kind, Properties, ordered);
    }

    /// <summary>The compiler form: <c>path(line,col): severity ID: message [axis@version]</c>.</summary>
    public override string ToString() =>
        (Location is null ? "tamer-lint" : Location.ToString()) + ": " + Severity.ToName() + " " + Id + ": " + Message + " [" + Rule + "]";
}
