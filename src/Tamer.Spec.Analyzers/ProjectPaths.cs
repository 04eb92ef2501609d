using System;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// Path arithmetic on the strings the compiler hands over, without touching the disk (analyzers
/// may not): separators, file names, folders, and paths relative to the project's root.
/// </summary>
internal static class ProjectPaths
{
    public static string Normalize(string path) => path.Replace('\\', '/');

    public static string FileName(string path)
    {
        var normalized = Normalize(path);
        return normalized.Substring(normalized.LastIndexOf('/') + 1);
    }

    public static string? Folder(string path)
    {
        var normalized = Normalize(path);
        var slash = normalized.LastIndexOf('/');
        return slash <= 0 ? null : normalized.Substring(0, slash);
    }

    /// <summary><paramref name="path"/> relative to <paramref name="root"/> with '/', or null when it is not below it.</summary>
    public static string? RelativeTo(string path, string root)
    {
        var normalizedPath = Normalize(path);
        var normalizedRoot = Normalize(root).TrimEnd('/') + "/";
        var comparison = LooksLikeWindows(normalizedPath) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return normalizedPath.StartsWith(normalizedRoot, comparison) ? normalizedPath.Substring(normalizedRoot.Length) : null;
    }

    // "C:/…": drive letters mean a file system that ignores case.
    private static bool LooksLikeWindows(string path) => path.Length > 2 && path[1] == ':' && char.IsLetter(path[0]);
}
