using System;

namespace Tamer.Spec.Diagnostics;

/// <summary>The names severities have in configuration and reports: <c>error</c>, <c>warning</c>, <c>info</c>, <c>none</c>.</summary>
public static class DiagnosticSeverityNames
{
    /// <summary>The accepted names, most severe first.</summary>
    public static string[] All { get; } = { "error", "warning", "info", "none" };

    /// <summary>The name of a severity.</summary>
    public static string ToName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "none",
    };

    /// <summary>Reads a severity name (case-insensitive; <c>suggestion</c> and <c>hidden</c> are accepted as <c>info</c> and <c>none</c> for editorconfig habits).</summary>
    public static bool TryParse(string? text, out DiagnosticSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error":
                severity = DiagnosticSeverity.Error;
                return true;
            case "warning":
            case "warn":
                severity = DiagnosticSeverity.Warning;
                return true;
            case "info":
            case "suggestion":
                severity = DiagnosticSeverity.Info;
                return true;
            case "none":
            case "off":
            case "hidden":
            case "silent":
                severity = DiagnosticSeverity.None;
                return true;
            default:
                severity = DiagnosticSeverity.None;
                return false;
        }
    }

    /// <summary>Like <see cref="TryParse"/>, but throws on an unknown name.</summary>
    public static DiagnosticSeverity Parse(string text) =>
        TryParse(text, out var severity) ? severity : throw new FormatException("Unknown severity '" + text + "'.");
}
