using System;
using System.IO;

namespace Tamer.Spec.Cli.Files;

/// <summary>
/// Replaces a file's content so that it is never half-written: the new bytes go to a temporary
/// file in the same folder, are flushed to disk, take the original's permissions, and are renamed
/// over the original. A file or folder without write permission is left alone even when the
/// process could override it (a read-only file is a user's decision), and so is a file whose
/// bytes changed since they were read. On any failure the original stays as it was and the
/// temporary file is removed.
/// </summary>
internal static class AtomicFileWriter
{
    public static void Replace(string path, byte[] expectedCurrent, byte[] content)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (IsReadOnly(path))
        {
            throw new UnauthorizedAccessException("the file is read-only");
        }

        if (IsReadOnlyFolder(folder))
        {
            throw new UnauthorizedAccessException("its folder is read-only");
        }

        if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(expectedCurrent))
        {
            throw new IOException("the file changed while it was being fixed; run again");
        }

        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tamer-tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content, 0, content.Length);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static bool IsReadOnly(string path)
    {
        if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
        {
            return true;
        }

        return !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
    }

    private static bool IsReadOnlyFolder(string folder) =>
        !OperatingSystem.IsWindows() && (File.GetUnixFileMode(folder) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the original is intact either way.
        }
    }
}
