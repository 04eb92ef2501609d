using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tamer.Spec.Rules.Traceability;
using EngineDescriptor = Tamer.Spec.Diagnostics.DiagnosticDescriptor;
using EngineSeverity = Tamer.Spec.Diagnostics.DiagnosticSeverity;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// Roslyn's view of the engine's descriptors: same ID, title and help link; the message is the
/// engine's, already formatted. Every descriptor is enabled: the engine and the configuration
/// decide what is reported, and a diagnostic that is off by default (TMR6003) is simply not
/// reported until a project turns it on.
/// </summary>
internal static class RoslynDescriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = AnalyzerEngine.Instance.Descriptors
        .GroupBy(d => d.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => Convert(g.Last(), AnalyzerEngine.Instance.FindPackOf(g.Key)?.Axis ?? "engine"), StringComparer.Ordinal);

    /// <summary>Every descriptor, ordered by ID.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ById.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>Every ID the engine knows.</summary>
    public static IEnumerable<string> Ids => ById.Keys;

    /// <summary>The descriptor of an engine ID.</summary>
    public static DiagnosticDescriptor For(string id) => ById[id];

    /// <summary>Roslyn's severity for an engine severity; null for <c>none</c>.</summary>
    public static DiagnosticSeverity? ToRoslyn(EngineSeverity severity) => severity switch
    {
        EngineSeverity.Error => DiagnosticSeverity.Error,
        EngineSeverity.Warning => DiagnosticSeverity.Warning,
        EngineSeverity.Info => DiagnosticSeverity.Info,
        _ => null,
    };

    private static DiagnosticDescriptor Convert(EngineDescriptor descriptor, string axis)
    {
        var tags = descriptor.Id == TraceabilityDiagnostics.UnclaimedCriterion.Id
            ? new[] { WellKnownDiagnosticTags.CompilationEnd }
            : Array.Empty<string>();
        return new DiagnosticDescriptor(
            descriptor.Id,
            descriptor.Title,
            "{0}",
            "Tamer.Spec." + axis,
            ToRoslyn(descriptor.DefaultSeverity) ?? DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: null,
            helpLinkUri: descriptor.HelpUri.ToString(),
            customTags: tags);
    }
}

