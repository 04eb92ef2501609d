using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Tamer.Spec.Cli.Files;

/// <summary>
/// Replaces a file's content so that it is never half-written: the new bytes go to a temporary
/// file in the same folder, are flushed to disk, take the original's permissions, and are renamed
/// over the original. A symbolic link is followed: its target is replaced and the link stays. A
/// file or folder nobody may write (no write permission at all) is left alone even when the
/// process could override that (a read-only file is a user's decision), so is one the current
/// user may not write, and so is a file whose bytes changed since they were read. On any failure
/// the original stays as it was and the temporary file is removed. The replacement is a new file:
/// it keeps the original's permissions, but not its owner when another user runs the fix, nor
/// its other hard links, which keep the old content. A process killed between writing the
/// temporary file and the rename leaves the original intact and the temporary file behind; the
/// next <c>--fix</c> removes it (see <see cref="TemporaryFiles"/>).
/// </summary>
internal static class AtomicFileWriter
{
    private const int WriteAccess = 2;
    private const int ExecuteAccess = 1;

    public static void Replace(string path, byte[] expectedCurrent, byte[] content)
    {
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        if (!MayWrite(target, isFolder: false))
        {
            throw new UnauthorizedAccessException("the file is read-only");
        }

        if (!MayWrite(folder, isFolder: true))
        {
            throw new UnauthorizedAccessException("its folder is read-only");
        }

        if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(expectedCurrent))
        {
            throw new IOException("the file changed while it was being fixed; run again");
        }

        var temporary = Path.Combine(folder, TemporaryFiles.NameFor(Path.GetFileName(target)));
        try
        {
            // FileShare.None locks the file while it is written: a cleanup by another run leaves it alone.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content, 0, content.Length);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    // Somebody may write it (a write permission bit, or no read-only attribute on Windows), and the
    // current user may (the system's own access check, which knows about owners and groups).
    private static bool MayWrite(string path, bool isFolder)
    {
        if (OperatingSystem.IsWindows())
        {
            return isFolder || (File.GetAttributes(path) & FileAttributes.ReadOnly) == 0;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
        {
            return false;
        }

        return NativeMethods.access(path, isFolder ? WriteAccess | ExecuteAccess : WriteAccess) == 0;
    }

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

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
#pragma warning disable SA1300, IDE1006 // The C library's own name.
        public static extern int access(string path, int mode);
#pragma warning restore SA1300, IDE1006
    }
}
