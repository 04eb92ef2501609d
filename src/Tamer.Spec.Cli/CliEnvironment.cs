using System;
using System.IO;
using System.Text;

namespace Tamer.Spec.Cli;

/// <summary>What the command line runs against: its output streams and working directory (tests supply their own).</summary>
internal sealed class CliEnvironment
{
    /// <summary>The buffer of a report written to standard output or to a file, in characters.</summary>
    public const int OutputBufferSize = 1 << 16;

    public CliEnvironment(TextWriter output, TextWriter error, string currentDirectory, TextReader? input = null)
    {
        Input = input ?? TextReader.Null;
        Output = output;
        Error = error;
        CurrentDirectory = Path.GetFullPath(currentDirectory);
    }

    /// <summary>
    /// The number of linted files from which <c>lint</c> keeps each Work Item as a stand-in rebuilt
    /// from its facts, and parses it whole again only while it is linted, so that memory stays
    /// bounded (see <see cref="Files.StandInFiles"/>); below it every linted file stays parsed, which
    /// is faster.
    /// </summary>
    public int StandInThreshold { get; init; } = DefaultStandInThreshold;

    /// <summary>
    /// True (the default) when <c>lint</c> keeps the Work Items it reads only as context for the
    /// linted ones as stand-ins whatever their number: they are never linted, so nothing is parsed
    /// twice, and the run holds and collects less.
    /// </summary>
    public bool ContextAsStandIns { get; init; } = true;

    /// <summary>The default of <see cref="StandInThreshold"/>.</summary>
    public const int DefaultStandInThreshold = 20_000;

    /// <summary>Standard input (empty unless the process gives one).</summary>
    public TextReader Input { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public string CurrentDirectory { get; }

    /// <summary>The process's streams; standard output is buffered, and <see cref="Flush"/> must run before the process exits.</summary>
    public static CliEnvironment FromProcess() => new(BufferedStandardOutput(), Console.Error, Directory.GetCurrentDirectory(), Console.In);

    /// <summary>Writes out what is still buffered for standard output.</summary>
    public void Flush() => Output.Flush();

    /// <summary>The absolute form of a path given on the command line.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(CurrentDirectory, path));

    // Console.Out flushes after every write, one system call per write; a report of millions of
    // values goes out through one buffer instead. A BOM is never written: UTF-8 output loses its
    // preamble, and an output encoding with another preamble keeps Console.Out.
    private static TextWriter BufferedStandardOutput()
    {
        var encoding = Console.OutputEncoding;
        if (encoding.GetPreamble().Length > 0)
        {
            if (encoding.CodePage != Encoding.UTF8.CodePage)
            {
                return Console.Out;
            }

            encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        return new StreamWriter(Console.OpenStandardOutput(), encoding, OutputBufferSize) { AutoFlush = false };
    }

    /// <summary>How a file is named in output: relative to the working directory, with '/'.</summary>
    public string DisplayPath(string fullPath) => Path.GetRelativePath(CurrentDirectory, fullPath).Replace('\\', '/');
}
