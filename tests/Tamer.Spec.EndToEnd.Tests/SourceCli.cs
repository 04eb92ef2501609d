namespace Tamer.Spec.EndToEnd.Tests;

/// <summary>The command line built from this repository's sources, beside the test assembly.</summary>
internal static class SourceCli
{
    public static ProcessOutcome Run(string folder, params string[] arguments) =>
        ProcessRun.Dotnet(folder, [Path.Combine(AppContext.BaseDirectory, "dotnet-tamer-lint.dll"), .. arguments]);
}
