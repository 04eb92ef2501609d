using Tamer.Spec.Cli;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>The command line, run in-process: what the analyzer is held against.</summary>
internal static class CommandLine
{
    public static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = new CliApplication(BuiltInRulePacks.All, new CliEnvironment(output, error, workingDirectory)).Run(args);
        return (exitCode, output.ToString(), error.ToString());
    }
}
