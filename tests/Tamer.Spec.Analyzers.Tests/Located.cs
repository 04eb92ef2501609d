using Microsoft.CodeAnalysis;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>A Roslyn diagnostic as a user reads it: ID, file, 1-based line and column, severity, message.</summary>
internal sealed record Located(string Id, string File, int Line, int Column, DiagnosticSeverity Severity, string Message)
{
    public static Located From(Diagnostic diagnostic, string root)
    {
        var span = diagnostic.Location.GetLineSpan();
        if (!span.IsValid)
        {
            return new Located(diagnostic.Id, string.Empty, 0, 0, diagnostic.Severity, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        var file = span.Path.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal) ? span.Path[(root.TrimEnd('/').Length + 1)..] : span.Path;
        return new Located(diagnostic.Id, file, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.Severity, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";
}
