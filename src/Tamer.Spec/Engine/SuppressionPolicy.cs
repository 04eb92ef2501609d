using System;
using System.Linq;
using Tamer.Spec.Model;

namespace Tamer.Spec.Engine;

/// <summary>
/// When a <c>suppress</c> entry counts: it names a known diagnostic ID and gives a justification
/// of at least two words. The format rule reports the entries that do not count (TMR0009); the
/// engine honours only the ones that do.
/// </summary>
public static class SuppressionPolicy
{
    /// <summary>The ID whose diagnostics can never be suppressed (the check of suppressions itself).</summary>
    public const string UnsuppressibleId = "TMR0009";

    /// <summary>Why an entry does not count, or <see cref="SuppressionProblem.None"/>.</summary>
    public static SuppressionProblem Check(SuppressionEntry entry, Func<string, bool> isKnownDiagnosticId)
    {
        if (entry is null)
        {
            throw new ArgumentNullException(nameof(entry));
        }

        if (isKnownDiagnosticId is null)
        {
            throw new ArgumentNullException(nameof(isKnownDiagnosticId));
        }

        if (!isKnownDiagnosticId(entry.DiagnosticId) || string.Equals(entry.DiagnosticId, UnsuppressibleId, StringComparison.Ordinal))
        {
            return SuppressionProblem.UnknownId;
        }

        if (entry.Justification.Length == 0)
        {
            return SuppressionProblem.MissingJustification;
        }

        var words = entry.Justification.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        return words < 2 ? SuppressionProblem.JustificationTooShort : SuppressionProblem.None;
    }
}
