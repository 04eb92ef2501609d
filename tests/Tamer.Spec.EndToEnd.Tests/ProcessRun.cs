using System.Diagnostics;

namespace Tamer.Spec.EndToEnd.Tests;

/// <summary>The outcome of a process: exit code and everything it wrote.</summary>
public sealed record ProcessOutcome(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => "exit code " + ExitCode + "\n--- standard output\n" + Output + "\n--- standard error\n" + Error;
}

/// <summary>
/// Runs a command the way a user's shell would: in a folder, with the environment of the test
/// run minus the MSBuild variables `dotnet test` sets for itself (they would steer a nested build
/// to the test run's MSBuild), plus whatever the test adds.
/// </summary>
internal static class ProcessRun
{
    // Packing every package of the solution (ReadyToRun for each platform) while the other test
    // projects run took more than ten minutes on a 2-core machine shared with other builds: the
    // deadline only stops a process that hangs, so it is generous.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(25);

    public static ProcessOutcome Run(string folder, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k is "DOTNET_HOST_PATH" or "VSTEST_HOST_DEBUG").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(fileName + " " + string.Join(" ", arguments) + " did not finish within " + Timeout.TotalMinutes + " minutes");
        }

        return new ProcessOutcome(process.ExitCode, output.Result, error.Result);
    }

    public static ProcessOutcome Dotnet(string folder, params string[] arguments) => Run(folder, "dotnet", arguments);
}
