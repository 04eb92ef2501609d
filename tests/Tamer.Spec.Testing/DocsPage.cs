using System;
using System.Collections.Generic;
using System.IO;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Testing;

/// <summary>
/// A diagnostic's docs page starts with a block generated from its descriptor (title, axis,
/// versions, severity, fix), so that the page never disagrees with the code. Tests compare the
/// block; with <c>TAMER_UPDATE_DOCS=1</c> they rewrite it instead.
/// </summary>
public static class DocsPage
{
    public const string GeneratedStart = "<!-- Generated from the diagnostic's descriptor: run the tests with TAMER_UPDATE_DOCS=1 to refresh. -->";
    public const string GeneratedEnd = "<!-- End of generated block. -->";

    /// <summary>True when the tests should rewrite stale headers instead of failing.</summary>
    public static bool UpdateRequested => Environment.GetEnvironmentVariable("TAMER_UPDATE_DOCS") == "1";

    /// <summary>The generated header of a page.</summary>
    public static string Header(DiagnosticDescriptor descriptor, string axis, IEnumerable<string> versions) =>
        "# " + descriptor.Id + ": " + descriptor.Title + "\n\n"
        + GeneratedStart + "\n"
        + "| | |\n| --- | --- |\n"
        + "| Axis | `" + axis + "` |\n"
        + "| Rule versions | " + string.Join(", ", versions) + " |\n"
        + "| Default severity | " + descriptor.DefaultSeverity.ToName() + " |\n"
        + "| Fix | " + descriptor.FixKind.ToString().ToLowerInvariant() + " |\n"
        + GeneratedEnd + "\n";

    /// <summary>
    /// Checks that the page at <paramref name="path"/> starts with <paramref name="header"/>;
    /// when an update is requested, rewrites the header in place and reports success.
    /// </summary>
    public static bool HasHeader(string path, string header)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        if (text.StartsWith(header, StringComparison.Ordinal))
        {
            return true;
        }

        if (!UpdateRequested)
        {
            return false;
        }

        var end = text.IndexOf(GeneratedEnd, StringComparison.Ordinal);
        var body = end >= 0 ? text.Substring(end + GeneratedEnd.Length).TrimStart('\n') : text;
        File.WriteAllText(path, header + "\n" + body);
        return true;
    }
}
