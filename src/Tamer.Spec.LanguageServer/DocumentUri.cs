using System;
using System.IO;

namespace Tamer.Spec.LanguageServer;

/// <summary>Between the protocol's <c>file:</c> URIs and full paths.</summary>
internal static class DocumentUri
{
    /// <summary>The full path of a <c>file:</c> URI, or null for any other URI (an unsaved buffer, a remote file).</summary>
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        return Path.GetFullPath(parsed.LocalPath);
    }

    public static string FromPath(string fullPath) => new Uri(fullPath).AbsoluteUri;
}
