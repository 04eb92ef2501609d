using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Tamer.Spec.Testing;

/// <summary>What a program that ran to its end left: its exit code and everything it wrote.</summary>
public sealed record FinishedProcess(int ExitCode, string Output, string Error);

/// <summary>
/// Runs a program to its end with its standard output and error read, as a user's shell would;
/// one that is still running at the deadline is killed with its children, and the test fails with
/// what it had written to standard error.
/// </summary>
public static class ProcessToEnd
{
    /// <summary>Runs a built .NET program (<c>dotnet ASSEMBLY ARGS</c>) in <paramref name="workingDirectory"/>.</summary>
    public static FinishedProcess Dotnet(string workingDirectory, string assembly, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Run(start, timeout);
    }

    public static FinishedProcess Run(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException(start.FileName + " did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException(start.FileName + " " + string.Join(" ", start.ArgumentList) + " did not finish within " + timeout + "; standard error: " + error.Result);
        }

        // The streams end with the process; waiting once more lets the readers finish.
        process.WaitForExit();
        return new FinishedProcess(process.ExitCode, output.Result, error.Result);
    }
}
