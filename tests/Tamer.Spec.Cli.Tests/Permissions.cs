namespace Tamer.Spec.Cli.Tests;

/// <summary>Takes write permission away from a file or folder for a test, and gives it back.</summary>
internal static class Permissions
{
    public static void MakeReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, File.GetAttributes(path) | FileAttributes.ReadOnly);
        }
        else
        {
            var execute = Directory.Exists(path) ? UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute : UnixFileMode.None;
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead | execute);
        }
    }

    public static void MakeWritable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, File.GetAttributes(path) & ~FileAttributes.ReadOnly);
        }
        else
        {
            var execute = Directory.Exists(path) ? UnixFileMode.UserExecute : UnixFileMode.None;
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | execute);
        }
    }
}
