using System;

namespace Tamer.Spec.Rules;

/// <summary>Where the docs pages of the built-in diagnostics live.</summary>
public static class HelpLinks
{
    /// <summary>The repository's browsable root.</summary>
    public const string RepositoryRoot = "https://github.com/tamer-spec/Tamer.Spec/blob/main/";

    /// <summary>The page at a repository-relative path.</summary>
    public static Uri ForPath(string relativePath) => new(RepositoryRoot + relativePath, UriKind.Absolute);
}
