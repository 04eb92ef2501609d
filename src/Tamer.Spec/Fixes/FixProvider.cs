using System.Collections.Generic;

namespace Tamer.Spec.Fixes;

/// <summary>
/// Turns a diagnostic into fixes. A rule pack offers providers for the diagnostics its
/// descriptors mark as fixable; like rules, providers are pure: they read the Work Item and the
/// workspace from the context and return edits, never touching a file. A provider that has
/// nothing mechanical to offer for an occurrence returns no fix.
/// </summary>
public abstract class FixProvider
{
    /// <summary>The diagnostic IDs this provider can fix.</summary>
    public abstract IReadOnlyList<string> FixableDiagnosticIds { get; }

    /// <summary>The fixes for the diagnostic in <paramref name="context"/>, best first.</summary>
    public abstract IEnumerable<CodeFix> GetFixes(FixContext context);
}
