using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Tamer.Spec.Cli.Files;

/// <summary>
/// The temporary files <see cref="AtomicFileWriter"/> writes beside a file it replaces
/// (<c>.NAME.XXXXXXXX.tamer-tmp</c>), and their removal: a run that was killed between writing one
/// and renaming it over the original leaves it behind (the original is intact), and the next
/// <c>--fix</c> removes those of the files it fixes. A temporary file another run is still writing
/// is locked and left alone.
/// </summary>
internal static class TemporaryFiles
{
    private const string Extension = ".tamer-tmp";
    private const int TagLength = 8;

    public static string NameFor(string fileName) => "." + fileName + "." + Guid.NewGuid().ToString("N").Substring(0, TagLength) + Extension;

    /// <summary>Removes the temporary files left beside <paramref name="paths"/> (or beside their targets, for links); returns how many.</summary>
    public static int RemoveLeftovers(IEnumerable<string> paths)
    {
        var removed = 0;
        foreach (var folder in paths.Select(Target).GroupBy(p => Path.GetDirectoryName(p)!, StringComparer.Ordinal))
        {
            var names = new HashSet<string>(folder.Select(Path.GetFileName).OfType<string>(), StringComparer.Ordinal);
            foreach (var candidate in Leftovers(folder.Key))
            {
                if (OwnerName(Path.GetFileName(candidate)) is { } owner && names.Contains(owner) && TryRemove(candidate))
                {
                    removed++;
                }
            }
        }

        return removed;
    }

    private static string Target(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Path.GetFullPath(path);
        }
    }

    private static IEnumerable<string> Leftovers(string folder)
    {
        try
        {
            return Directory.GetFiles(folder, ".*" + Extension);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<string>();
        }
    }

    // ".NAME.XXXXXXXX.tamer-tmp" → "NAME", or null for any other name.
    private static string? OwnerName(string fileName)
    {
        var tagStart = fileName.Length - Extension.Length - TagLength;
        if (tagStart < 3 || fileName[0] != '.' || fileName[tagStart - 1] != '.' || !fileName.EndsWith(Extension, StringComparison.Ordinal))
        {
            return null;
        }

        return fileName.AsSpan(tagStart, TagLength).ToString().All(Uri.IsHexDigit) ? fileName.Substring(1, tagStart - 2) : null;
    }

    // Opening it shows that no writer holds it (a writer shares nothing); it is deleted while open,
    // which the Delete share allows on Windows.
    private static bool TryRemove(string path)
    {
        try
        {
            using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Delete))
            {
                File.Delete(path);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
