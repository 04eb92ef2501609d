using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// The analyzer's own <c>.editorconfig</c> key, read from the sections that match a Work Item:
/// <c>tamer_diagnostic.TMRnnnn.severity = error | warning | suggestion | silent | none</c>
/// (<c>info</c> and <c>hidden</c> are accepted too, and <c>default</c> leaves the severity alone).
/// The compiler ignores <c>dotnet_diagnostic.*</c> for diagnostics in AdditionalFiles; this key
/// is how a folder of Work Items gets severities of its own.
/// </summary>
internal static class SeverityKeys
{
    public static string For(string diagnosticId) => "tamer_diagnostic." + diagnosticId + ".severity";

    /// <summary>Reads the key for <paramref name="diagnosticId"/>; false when it is absent or <c>default</c>.</summary>
    public static bool TryRead(AnalyzerConfigOptions options, string diagnosticId, out SeverityChoice choice, out string? invalidValue)
    {
        choice = default;
        invalidValue = null;
        if (!options.TryGetValue(For(diagnosticId), out var raw) || raw is null)
        {
            return false;
        }

        switch (raw.Trim().ToLowerInvariant())
        {
            case "error":
                choice = SeverityChoice.Of(DiagnosticSeverity.Error);
                return true;
            case "warning":
                choice = SeverityChoice.Of(DiagnosticSeverity.Warning);
                return true;
            case "suggestion":
            case "info":
                choice = SeverityChoice.Of(DiagnosticSeverity.Info);
                return true;
            case "silent":
            case "hidden":
                choice = SeverityChoice.Of(DiagnosticSeverity.Hidden);
                return true;
            case "none":
                choice = SeverityChoice.Off;
                return true;
            case "default":
                return false;
            default:
                invalidValue = raw;
                return false;
        }
    }
}

/// <summary>A configured severity: one of Roslyn's, or off.</summary>
internal readonly struct SeverityChoice
{
    private SeverityChoice(DiagnosticSeverity? severity) => Severity = severity;

    public static SeverityChoice Off => default;

    /// <summary>The severity to report with; null when off.</summary>
    public DiagnosticSeverity? Severity { get; }

    public static SeverityChoice Of(DiagnosticSeverity severity) => new(severity);
}
