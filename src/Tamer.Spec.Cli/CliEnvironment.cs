using System;
using System.IO;

namespace Tamer.Spec.Cli;

/// <summary>What the command line runs against: its output streams and working directory (tests supply their own).</summary>
internal sealed class CliEnvironment
{
    public CliEnvironment(TextWriter output, TextWriter error, string currentDirectory, TextReader? input = null)
    {
        Input = input ?? TextReader.Null;
        Output = output;
        Error = error;
        CurrentDirectory = Path.GetFullPath(currentDirectory);
    }

    /// <summary>Standard input (empty unless the process gives one).</summary>
    public TextReader Input { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public string CurrentDirectory { get; }

    public static CliEnvironment FromProcess() => new(Console.Out, Console.Error, Directory.GetCurrentDirectory(), Console.In);

    /// <summary>The absolute form of a path given on the command line.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(CurrentDirectory, path));

    /// <summary>How a file is named in output: relative to the working directory, with '/'.</summary>
    public string DisplayPath(string fullPath) => Path.GetRelativePath(CurrentDirectory, fullPath).Replace('\\', '/');
}
