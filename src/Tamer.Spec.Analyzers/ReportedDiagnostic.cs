using Microsoft.CodeAnalysis;
using EngineDiagnostic = Tamer.Spec.Diagnostics.Diagnostic;

namespace Tamer.Spec.Analyzers;

/// <summary>An engine diagnostic, where Roslyn puts it, and the severity it is reported with.</summary>
internal sealed class ReportedDiagnostic
{
    public ReportedDiagnostic(EngineDiagnostic engine, Location location, DiagnosticSeverity severity)
    {
        Engine = engine;
        Location = location;
        Severity = severity;
    }

    public EngineDiagnostic Engine { get; }

    public Location Location { get; }

    public DiagnosticSeverity Severity { get; }

    public Diagnostic ToRoslyn() => RoslynDiagnostics.Create(Engine, Location, Severity);
}
