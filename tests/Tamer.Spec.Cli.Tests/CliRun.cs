using Tamer.Spec.Rules;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>The outcome of one run of the command line.</summary>
internal sealed record CliOutcome(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>Runs the command line in-process (fast) or as a real process (exit codes, no stack traces).</summary>
internal static class CliRun
{
    private static readonly TimeSpan AsProcessTimeout = TimeSpan.FromMinutes(2);

    public static CliOutcome InProcess(string workingDirectory, params string[] args) =>
        InProcess(workingDirectory, BuiltInRulePacks.All, args);

    public static CliOutcome InProcess(string workingDirectory, IEnumerable<RulePack> packs, params string[] args) =>
        InProcess(workingDirectory, packs, CliEnvironment.DefaultStandInThreshold, true, args);

    /// <summary>
    /// A run that keeps the linted Work Items as stand-ins from <paramref name="standInThreshold"/>
    /// files (0: always, <see cref="int.MaxValue"/>: never), and those read as context when
    /// <paramref name="contextAsStandIns"/>.
    /// </summary>
    public static CliOutcome InProcess(string workingDirectory, int standInThreshold, bool contextAsStandIns, params string[] args) =>
        InProcess(workingDirectory, BuiltInRulePacks.All, standInThreshold, contextAsStandIns, args);

    private static CliOutcome InProcess(string workingDirectory, IEnumerable<RulePack> packs, int standInThreshold, bool contextAsStandIns, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, workingDirectory) { StandInThreshold = standInThreshold, ContextAsStandIns = contextAsStandIns };
        var exitCode = new CliApplication(packs, environment).Run(args);
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }

    public static CliOutcome AsProcess(string workingDirectory, params string[] args)
    {
        var run = ProcessToEnd.Dotnet(workingDirectory, Path.Combine(AppContext.BaseDirectory, "dotnet-tamer-lint.dll"), args, AsProcessTimeout);
        return new CliOutcome(run.ExitCode, run.Output, run.Error);
    }
}
