using Tamer.Spec.Text;

namespace Tamer.Spec.Model;

/// <summary>One <c>suppress</c> entry: a diagnostic ID and the author's justification.</summary>
public sealed class SuppressionEntry
{
    /// <summary>Creates an entry.</summary>
    public SuppressionEntry(string diagnosticId, TextSpan idSpan, string justification, TextSpan justificationSpan)
    {
        DiagnosticId = diagnosticId;
        IdSpan = idSpan;
        Justification = justification;
        JustificationSpan = justificationSpan;
    }

    /// <summary>The suppressed ID as written.</summary>
    public string DiagnosticId { get; }

    /// <summary>The ID's span.</summary>
    public TextSpan IdSpan { get; }

    /// <summary>Why the diagnostic does not apply (trimmed).</summary>
    public string Justification { get; }

    /// <summary>The justification's span.</summary>
    public TextSpan JustificationSpan { get; }
}
