using Tamer.Spec.Diagnostics;
using Tamer.Spec.Rules;
using Tamer.Spec.Text;

namespace Tamer.Spec.Engine;

/// <summary>The engine's and the configuration's own diagnostics (TMR9xxx).</summary>
public static class EngineDiagnostics
{
    /// <summary>The axis name engine diagnostics report under.</summary>
    public const string Axis = "engine";

    /// <summary>TMR9001: <c>.tamer.yml</c> (or a command-line setting) is invalid.</summary>
    public static DiagnosticDescriptor InvalidConfiguration { get; } = new(
        "TMR9001",
        "Invalid configuration",
        "invalid configuration: {0}",
        DiagnosticSeverity.Error,
        HelpLinks.ForPath("docs/diagnostics/TMR9001.md"));

    /// <summary>TMR9002: a pinned rule version range matches no available version.</summary>
    public static DiagnosticDescriptor NoMatchingRuleVersion { get; } = new(
        "TMR9002",
        "No rule version matches the pinned range",
        "no version of the '{0}' rule matches '{1}' (available: {2})",
        DiagnosticSeverity.Error,
        HelpLinks.ForPath("docs/diagnostics/TMR9002.md"));

    /// <summary>TMR9003: a rule pack could not be loaded, or a rule threw.</summary>
    public static DiagnosticDescriptor RuleFailure { get; } = new(
        "TMR9003",
        "A rule pack failed to load or a rule failed",
        "{0}",
        DiagnosticSeverity.Error,
        HelpLinks.ForPath("docs/diagnostics/TMR9003.md"));

    /// <summary>TMR9004: a folder walk met a symbolic link that leads outside the repository, and did not follow it.</summary>
    public static DiagnosticDescriptor LinkOutsideRepository { get; } = new(
        "TMR9004",
        "Link leads outside the repository",
        "{0} is a link to {1}, outside the repository; it was not followed (follow_links_outside: true in .tamer.yml follows it)",
        DiagnosticSeverity.Warning,
        HelpLinks.ForPath("docs/diagnostics/TMR9004.md"));

    /// <summary>TMR9005: a baseline entry of a linted Work Item matches no diagnostic any more: the problem it recorded is fixed.</summary>
    public static DiagnosticDescriptor BaselinedProblemFixed { get; } = new(
        "TMR9005",
        "Baselined problem fixed",
        "the baselined {0} at {1} is fixed ('{2}'); 'tamer-lint baseline --prune' removes its entry",
        DiagnosticSeverity.Info,
        HelpLinks.ForPath("docs/diagnostics/TMR9005.md"));

    /// <summary>All of them, in ID order.</summary>
    public static DiagnosticDescriptor[] All { get; } = { InvalidConfiguration, NoMatchingRuleVersion, RuleFailure, LinkOutsideRepository, BaselinedProblemFixed };

    /// <summary>The reference engine diagnostics carry: <c>engine@&lt;version&gt;</c>.</summary>
    public static RuleReference Rule { get; } = new(Axis, TamerVersion.Semantic);

    /// <summary>The Markdown docs page of an engine diagnostic (embedded in the core), or null.</summary>
    public static string? GetDocumentation(string diagnosticId)
    {
        using var stream = typeof(EngineDiagnostics).Assembly.GetManifestResourceStream("Tamer.Spec.Docs." + diagnosticId + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new System.IO.StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>An engine diagnostic at its default severity.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation? location, params object?[] messageArguments) =>
        new(descriptor, descriptor.DefaultSeverity, descriptor.FormatMessage(messageArguments), location, Rule);
}
