using System;
using System.IO;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// A lock file held open exclusively while a host (or <c>migrate</c>) uses a ledger that only one
/// process may write: the file ledger and a SQLite database. A second process fails to take it.
/// </summary>
internal sealed class ExclusiveLock : IDisposable
{
    private readonly FileStream _stream;

    private ExclusiveLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>Takes <paramref name="path"/>, creating it and its folder; <paramref name="what"/> names the folder or file it guards in the message.</summary>
    public static ExclusiveLock Take(string path, string what)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new ExclusiveLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new HostStartException("cannot lock " + what + " (is another host using it?): " + exception.Message, exception);
        }
    }

    public void Dispose() => _stream.Dispose();
}
