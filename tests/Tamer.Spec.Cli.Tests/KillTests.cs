using System.Diagnostics;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// <c>tamer-lint lint --fix</c> killed with SIGKILL: over 2,100 fixable Work Items, runs of the real
/// process are killed at points spread over the work (while it lints, then after a tenth, three
/// tenths, … of the files are fixed), each run picking up what the last left. After every kill each
/// file holds exactly its original bytes or exactly its fixed bytes (what an uninterrupted run
/// writes), none is missing; the run after the last kill finishes the job and leaves no temporary file.
/// </summary>
public sealed class KillTests
{
    private const int WorkItems = 2_100;
    private static readonly double[] KillPoints = [0.1, 0.3, 0.5, 0.7, 0.9];

    [Fact]
    public void Every_file_is_whole_after_every_kill_and_the_next_run_finishes_the_job()
    {
        using var folder = new TemporaryDirectory();
        var paths = WriteWorkItems(folder, "work-items");
        var original = paths.ToDictionary(p => p, File.ReadAllBytes);
        var expected = FixedByAnUninterruptedRun(original);
        var fixable = paths.Count(p => !expected[p].AsSpan().SequenceEqual(original[p]));
        fixable.ShouldBeGreaterThanOrEqualTo(2_000);

        var kills = new List<string>();
        if (RunAndKill(folder.Path, (elapsed, _) => elapsed >= TimeSpan.FromMilliseconds(400)) is { } early)
        {
            kills.Add(early);
        }

        CheckEveryFileIsWhole(paths, original, expected);
        foreach (var point in KillPoints)
        {
            var alreadyFixed = paths.Count(p => Same(p, expected) && !expected[p].AsSpan().SequenceEqual(original[p]));
            var toGo = (int)(point * fixable) - alreadyFixed;
            if (toGo > 0 && RunAndKill(folder.Path, (_, fixedLines) => fixedLines >= toGo) is { } kill)
            {
                kills.Add(kill);
            }

            CheckEveryFileIsWhole(paths, original, expected);
        }

        kills.Count.ShouldBeGreaterThanOrEqualTo(KillPoints.Length, "runs were killed: " + string.Join("; ", kills));
        var last = CliRun.AsProcess(folder.Path, "lint", "work-items", "--fix", "--format", "json");
        last.ExitCode.ShouldBeOneOf(0, 1);
        paths.Where(p => !Same(p, expected)).ShouldBeEmpty("files not fixed after the last run");
        Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".tamer-tmp", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private static List<string> WriteWorkItems(TemporaryDirectory folder, string subfolder)
    {
        var generator = new FixableWorkItemGenerator(seed: 24_000);
        return Enumerable.Range(0, WorkItems).Select(generator.Next).Select(item => folder.WriteBytes(Path.Combine(subfolder, item.Path), item.Bytes)).ToList();
    }

    // The same files fixed in a folder of their own by a run nobody kills.
    private static Dictionary<string, byte[]> FixedByAnUninterruptedRun(Dictionary<string, byte[]> original)
    {
        using var copy = new TemporaryDirectory();
        foreach (var (path, bytes) in original)
        {
            copy.WriteBytes(Path.Combine("work-items", Path.GetFileName(path)), bytes);
        }

        CliRun.InProcess(copy.Path, "lint", "work-items", "--fix", "--format", "json").ExitCode.ShouldBeOneOf(0, 1);
        return original.Keys.ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(copy.Path, "work-items", Path.GetFileName(p))));
    }

    /// <summary>
    /// Starts <c>lint --fix</c> as a process and kills it (SIGKILL) once <paramref name="killWhen"/>
    /// holds for the time since the start and the number of "fixed" lines it has printed. Returns
    /// a note on when it was killed, or null when it finished first.
    /// </summary>
    private static string? RunAndKill(string workingDirectory, Func<TimeSpan, int, bool> killWhen)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "dotnet-tamer-lint.dll"), "lint", "work-items", "--fix", "--format", "json" })
        {
            start.ArgumentList.Add(argument);
        }

        var fixedLines = 0;
        using var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data?.StartsWith("tamer-lint: fixed ", StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref fixedLines);
            }
        };
        process.OutputDataReceived += (_, _) => { };
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        while (!process.HasExited)
        {
            if (killWhen(clock.Elapsed, Volatile.Read(ref fixedLines)))
            {
                process.Kill();
                process.WaitForExit();
                return "after " + clock.ElapsedMilliseconds + " ms and " + Volatile.Read(ref fixedLines) + " fixed files";
            }

            Thread.Sleep(1);
        }

        process.WaitForExit();
        return null;
    }

    private static void CheckEveryFileIsWhole(List<string> paths, Dictionary<string, byte[]> original, Dictionary<string, byte[]> expected)
    {
        foreach (var path in paths)
        {
            File.Exists(path).ShouldBeTrue(path + " was lost");
            var bytes = File.ReadAllBytes(path);
            (bytes.AsSpan().SequenceEqual(original[path]) || bytes.AsSpan().SequenceEqual(expected[path])).ShouldBeTrue(path + " is torn: neither its original nor its fixed bytes");
        }
    }

    private static bool Same(string path, Dictionary<string, byte[]> expected) => File.ReadAllBytes(path).AsSpan().SequenceEqual(expected[path]);
}
