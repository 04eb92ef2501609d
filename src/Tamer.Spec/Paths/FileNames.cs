using System;
using System.Collections.Generic;

namespace Tamer.Spec.Paths;

/// <summary>
/// Whether the last segment of a plain path reads as a file name: it has an extension
/// (<c>login.ts</c>, <c>.gitignore</c>) or is one of the well-known files that have none
/// (<c>Makefile</c>, <c>LICENSE</c>). Anything else (<c>src</c>, <c>api</c>) may name a folder.
/// </summary>
internal static class FileNames
{
    private static readonly HashSet<string> WithoutExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        "Makefile", "GNUmakefile", "Dockerfile", "Containerfile", "Jenkinsfile", "Vagrantfile", "Gemfile", "Rakefile",
        "Procfile", "Brewfile", "Pipfile", "Justfile", "Caddyfile", "Earthfile", "Tiltfile", "Snakefile",
        "LICENSE", "LICENCE", "COPYING", "NOTICE", "README", "CHANGELOG", "CHANGES", "AUTHORS", "CONTRIBUTORS",
        "CODEOWNERS", "OWNERS", "VERSION", "BUILD", "WORKSPACE", "MODULE", "go.mod", "go.sum",
    };

    // Dot-files that are files; other names starting with a dot (.github, .vscode, .config) are folders.
    private static readonly HashSet<string> DotFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        ".gitignore", ".gitattributes", ".gitmodules", ".editorconfig", ".dockerignore", ".npmrc", ".nvmrc", ".env",
        ".prettierrc", ".eslintrc", ".babelrc", ".browserslistrc", ".mailmap", ".tool-versions", ".node-version",
        ".python-version", ".ruby-version", ".terraform-version", ".htaccess",
    };

    public static bool LooksLikeFile(string segment)
    {
        if (segment.Length == 0)
        {
            return false;
        }

        if (segment[0] == '.')
        {
            return DotFiles.Contains(segment) || segment.IndexOf('.', 1) > 1;
        }

        var dot = segment.LastIndexOf('.');
        return (dot > 0 && dot < segment.Length - 1) || WithoutExtension.Contains(segment);
    }
}
