using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Rules;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Benchmarks;

/// <summary>
/// Where the time of one lint of a folder goes, phase by phase, in one process: reading the files,
/// parsing them, linting, and writing each report format to a file. For each phase: wall time,
/// processor time (all threads), bytes allocated and collections. Run it to see which phase a
/// change should go after; whole-process figures come from the scripts beside it.
/// </summary>
public static class PhaseProfile
{
    public static int Run(string folder, int threads, TextWriter output, bool allocations = false)
    {
        using var sampler = allocations ? new AllocationSampler() : null;
        _sampler = sampler;
        var files = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var engine = new LintEngine(BuiltInRulePacks.All);
        var options = new LintOptions { MaxDegreeOfParallelism = threads };
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:N0} files, {1} thread(s), server collector: {2}", files.Length, threads, System.Runtime.GCSettings.IsServerGC));
        output.WriteLine("| phase | wall ms | cpu ms | allocated MB | gen0/1/2 |");
        output.WriteLine("| --- | ---: | ---: | ---: | --- |");

        var bytes = Phase(output, "read", () =>
        {
            var read = new byte[files.Length][];
            Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => read[i] = File.ReadAllBytes(files[i]));
            return read;
        });
        var documents = Phase(output, "parse", () =>
        {
            var parsed = new WorkItemDocument[files.Length];
            Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => parsed[i] = WorkItemParser.Parse(Path.GetRelativePath(folder, files[i]).Replace('\\', '/'), bytes[i]));
            return parsed;
        });
        var result = Phase(output, "lint", () => engine.Lint(new WorkItemWorkspace(documents), options));
        foreach (var axis in engine.Packs.Where(p => !p.IsAlwaysOn).Select(p => p.Axis).Prepend("format"))
        {
            // One axis at a time (the format rule is always on): which one the lint's time is in.
            var configuration = engine.Packs.Where(p => !p.IsAlwaysOn && p.Axis != axis)
                .Aggregate(Tamer.Spec.Configuration.TamerConfiguration.Default, (c, p) => c.WithRule(new Tamer.Spec.Configuration.RuleSetting(p.Axis, "off", null, isOff: true, null)));
            Phase(output, "  lint, " + axis + " only", () => engine.Lint(new WorkItemWorkspace(documents), new LintOptions { Configuration = configuration, MaxDegreeOfParallelism = threads }));
        }

        var tool = ToolInfo.TamerLint(Path.GetFullPath(folder));
        foreach (var format in new[] { ReportFormat.Text, ReportFormat.Json, ReportFormat.Sarif, ReportFormat.GitHub })
        {
            var target = Path.Combine(Path.GetTempPath(), "tamer-profile-report." + format.ToString().ToLowerInvariant());
            var length = Phase(output, "write " + format.ToString().ToLowerInvariant(), () =>
            {
                using (var writer = new StreamWriter(target, append: false, new UTF8Encoding(false), 1 << 16))
                {
                    ReportWriters.For(format).Write(result, tool, writer);
                }

                return new FileInfo(target).Length;
            });
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "|   ({0:N0} bytes) | | | | |", length));
            File.Delete(target);
        }

        var summary = result.Summary;
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:N0} diagnostics ({1:N0} errors, {2:N0} warnings, {3:N0} infos)", summary.Errors + summary.Warnings + summary.Infos, summary.Errors, summary.Warnings, summary.Infos));
        return 0;
    }

    private static AllocationSampler? _sampler;

    private static T Phase<T>(TextWriter output, string name, Func<T> action)
    {
        _sampler?.Reset();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var stopwatch = Stopwatch.StartNew();
        var value = action();
        stopwatch.Stop();
        process.Refresh();
        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "| {0} | {1:F0} | {2:F0} | {3:F1} | {4}/{5}/{6} |",
            name,
            stopwatch.Elapsed.TotalMilliseconds,
            (process.TotalProcessorTime - cpu).TotalMilliseconds,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6,
            GC.CollectionCount(0) - collections.Item1,
            GC.CollectionCount(1) - collections.Item2,
            GC.CollectionCount(2) - collections.Item3));
        _sampler?.WriteTop(output, 12);
        return value;
    }
}
