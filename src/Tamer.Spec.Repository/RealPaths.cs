using System;
using System.Collections.Generic;
using System.IO;

namespace Tamer.Spec.Repository;

/// <summary>
/// The path a file or folder really has: every symbolic link on the way resolved, as
/// <c>realpath</c> does. Two paths name the same file or folder exactly when their real paths are
/// equal, which is how the folder walk recognises a link back into a folder it has already seen.
/// </summary>
public static class RealPaths
{
    // The system's own limit on links followed while resolving one path (ELOOP).
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/>, or null when a link on the way is broken or part of a cycle of links.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        PushComponents(pending, full.Substring(root.Length));
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (name.Length == 0 || name == ".")
            {
                continue;
            }

            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, name);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // The target replaces this component; it is read relative to the folder holding the link.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target.Substring(current.Length);
            }

            PushComponents(pending, target);
        }

        return Exists(current) ? current : null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both full paths).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        if (string.Equals(Path.TrimEndingDirectorySeparator(path), trimmed, Comparison))
        {
            return true;
        }

        var prefix = IsSeparator(trimmed[^1]) ? trimmed : trimmed + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, Comparison);
    }

    /// <summary>How paths compare: case-insensitively on Windows, ordinally elsewhere.</summary>
    public static StringComparison Comparison => OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The comparer that goes with <see cref="Comparison"/>.</summary>
    public static StringComparer Comparer => OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;

    private static void PushComponents(Stack<string> pending, string relative)
    {
        var parts = relative.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }

    // The target a link names (as written in the link), or null when the path is no link.
    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
}
