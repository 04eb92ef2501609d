using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Tamer.Spec.Diagnostics;
using EngineDiagnostic = Tamer.Spec.Diagnostics.Diagnostic;
using EngineLocation = Tamer.Spec.Text.SourceLocation;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Tamer.Spec.Analyzers;

/// <summary>Turns the engine's diagnostics into Roslyn's: same ID and message, the engine's exact positions.</summary>
internal static class RoslynDiagnostics
{
    /// <summary>The property naming the rule that reported a diagnostic (<c>scope@2.0.0</c>).</summary>
    public const string RuleProperty = "Rule";

    /// <summary>The property naming the kind of fix offered (<c>safe</c>, <c>suggestion</c>, <c>none</c>).</summary>
    public const string FixProperty = "Fix";

    public static RoslynDiagnostic Create(EngineDiagnostic diagnostic, Location location, RoslynSeverity severity)
    {
        var properties = ImmutableDictionary.CreateRange(new[]
        {
            new System.Collections.Generic.KeyValuePair<string, string?>(RuleProperty, diagnostic.Rule.ToString()),
            new System.Collections.Generic.KeyValuePair<string, string?>(FixProperty, diagnostic.Fix.ToName()),
        });
        return RoslynDiagnostic.Create(RoslynDescriptors.For(diagnostic.Id), location, severity, additionalLocations: null, properties, diagnostic.Message);
    }

    /// <summary>A location in an AdditionalFile, with the engine's lines and columns (1-based) as Roslyn's (0-based).</summary>
    public static Location InFile(string path, EngineLocation location) =>
        Location.Create(
            path,
            new TextSpan(location.Span.Start, location.Span.Length),
            new LinePositionSpan(new LinePosition(location.Start.Line - 1, location.Start.Column - 1), new LinePosition(location.End.Line - 1, location.End.Column - 1)));

    /// <summary>A location in a C# file of the compilation.</summary>
    public static Location InTree(SyntaxTree tree, EngineLocation location) =>
        Location.Create(tree, new TextSpan(location.Span.Start, location.Span.Length));
}
