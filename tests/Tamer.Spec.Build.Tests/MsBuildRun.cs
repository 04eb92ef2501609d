using System.Diagnostics;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Build.Tests;

/// <summary>The outcome of one MSBuild run: its exit code and the lines it printed.</summary>
internal sealed record MsBuildOutcome(int ExitCode, string Output)
{
    public string[] OutputLines => Output.Split('\n').Select(l => l.TrimEnd('\r').Trim()).Where(l => l.Length > 0).ToArray();

    public override string ToString() => "exit " + ExitCode + "\n" + Output;
}

/// <summary>
/// Runs the package's targets in a real MSBuild (<c>dotnet msbuild</c>) on a folder, with the task
/// assembly this repository built: the task is loaded the way a consumer's build loads it.
/// </summary>
internal static class MsBuildRun
{
    /// <summary>Runs the <c>TamerLint</c> target of a project that imports the package's props and targets and declares <paramref name="items"/>.</summary>
    public static MsBuildOutcome Lint(TemporaryDirectory folder, string items, params string[] properties)
    {
        folder.Write("lint.proj", $"""
            <Project>
              <Import Project="$(TamerBuildFolder)Tamer.Spec.Build.props" />
              <ItemGroup>
            {items}  </ItemGroup>
              <Import Project="$(TamerBuildFolder)Tamer.Spec.Build.targets" />
            </Project>
            """);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "msbuild", "lint.proj", "-t:TamerLint", "-nologo", "-v:m", "-nodeReuse:false", "-p:TamerBuildFolder=" + BuildFolder(), "-p:_TamerTaskAssembly=" + TaskAssembly() }.Concat(properties.Select(p => "-p:" + p)))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new MsBuildOutcome(process.ExitCode, output.Result + error.Result);
    }

    private static string BuildFolder() => RepositoryPaths.InRepository("src", "Tamer.Spec.Build", "build") + Path.DirectorySeparatorChar;

    // The task built in the same configuration as these tests (bin/<Configuration>/net10.0/).
    private static string TaskAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var assembly = RepositoryPaths.InRepository("src", "Tamer.Spec.Build", "bin", configuration, "net8.0", "Tamer.Spec.Build.dll");
        File.Exists(assembly).ShouldBeTrue("the task is built before these tests: " + assembly);
        return assembly;
    }
}
