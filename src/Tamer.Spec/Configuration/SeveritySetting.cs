using Tamer.Spec.Diagnostics;
using Tamer.Spec.Text;

namespace Tamer.Spec.Configuration;

/// <summary>A severity override for one diagnostic ID.</summary>
public sealed class SeveritySetting
{
    /// <summary>Creates a setting.</summary>
    public SeveritySetting(string diagnosticId, DiagnosticSeverity severity, SourceLocation? location)
    {
        DiagnosticId = diagnosticId;
        Severity = severity;
        Location = location;
    }

    /// <summary>The diagnostic ID.</summary>
    public string DiagnosticId { get; }

    /// <summary>The severity to use.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Where it was set (null for a command-line option).</summary>
    public SourceLocation? Location { get; }
}
