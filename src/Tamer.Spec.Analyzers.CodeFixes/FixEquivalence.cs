using System;
using System.Globalization;

namespace Tamer.Spec.Analyzers.CodeFixes;

/// <summary>
/// The equivalence keys that group code actions for Fix All: one per diagnostic ID and fix
/// position (the first fix a diagnostic offers is its best), and one for "every safe fix", which
/// is what <c>tamer-lint --fix</c> applies.
/// </summary>
internal static class FixEquivalence
{
    public const string EverySafeFix = "Tamer.Spec:every-safe-fix";

    public const string EverySafeFixInProject = "Tamer.Spec:every-safe-fix-in-project";

    private const string Prefix = "Tamer.Spec:";

    public static string ForFix(string diagnosticId, int index) => Prefix + diagnosticId + ":" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a key made by <see cref="ForFix"/>.</summary>
    public static bool TryRead(string? key, out string diagnosticId, out int index)
    {
        diagnosticId = string.Empty;
        index = 0;
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = key.Substring(Prefix.Length).Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            return false;
        }

        diagnosticId = parts[0];
        return true;
    }
}
