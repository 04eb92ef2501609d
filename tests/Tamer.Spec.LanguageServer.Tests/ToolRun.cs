using System.Diagnostics;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>Runs an outside program (Neovim, the pack script) to its end, or kills it after a deadline.</summary>
internal static class ToolRun
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(start.FileName + " did not finish within " + timeout + ": " + await error);
        }

        return (process.ExitCode, await output, await error);
    }
}
