using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace Tamer.Spec.Repository.History;

/// <summary>
/// Reads blobs by id through one long-running <c>git cat-file --batch</c>, instead of a process
/// per file. Not thread-safe: one reader per thread.
/// </summary>
public sealed class GitBlobReader : IDisposable
{
    private readonly Process _process;
    private readonly Stream _output;
    private readonly StreamWriter _input;

    public GitBlobReader(string topLevel)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = topLevel,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("cat-file");
        start.ArgumentList.Add("--batch");
        try
        {
            _process = Process.Start(start) ?? throw new GitException("git could not be started");
        }
        catch (Win32Exception)
        {
            throw new GitException("git was not found", gitMissing: true);
        }

        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _output = _process.StandardOutput.BaseStream;
        _input = _process.StandardInput;
        _input.AutoFlush = true;
        _input.NewLine = "\n";
    }

    /// <summary>The bytes of the blob <paramref name="blobId"/>.</summary>
    public byte[] Read(string blobId)
    {
        _input.WriteLine(blobId);
        var header = ReadLine();
        var parts = header.Split(' ');
        if (parts.Length != 3 || !string.Equals(parts[1], "blob", StringComparison.Ordinal) || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            throw new GitException("git cat-file cannot read blob " + blobId + ": " + header);
        }

        var content = new byte[size];
        _output.ReadExactly(content);
        if (_output.ReadByte() != '\n')
        {
            throw new GitException("git cat-file ended blob " + blobId + " without its line end");
        }

        return content;
    }

    private string ReadLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            var next = _output.ReadByte();
            if (next < 0)
            {
                throw new GitException("git cat-file stopped early");
            }

            if (next == '\n')
            {
                return line.ToString();
            }

            line.Append((char)next);
        }
    }

    public void Dispose()
    {
        try
        {
            _input.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
        }
        catch (IOException)
        {
        }

        _process.Dispose();
    }
}
