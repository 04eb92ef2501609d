using System.Diagnostics;
using System.Globalization;
using Tamer.Spec.Rules;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Benchmarks;

/// <summary>Times parse + lint of each hostile input (after one warm-up run), reporting the median of several runs.</summary>
public static class HostileInputTiming
{
    public static void Run(TextWriter output, int runs = 7)
    {
        var engine = new LintEngine(BuiltInRulePacks.All);
        output.WriteLine("| input | bytes | format diagnostic | median ms | max ms |");
        output.WriteLine("| --- | ---: | --- | ---: | ---: |");
        foreach (var name in HostileInputs.Names)
        {
            var (bytes, _, _, _) = HostileInputs.Create(name);
            var formatIds = string.Empty;
            var times = new List<double>();
            for (var run = 0; run <= runs; run++)
            {
                var stopwatch = Stopwatch.StartNew();
                var document = WorkItemParser.Parse(name + ".md", bytes);
                var result = engine.Lint(new WorkItemWorkspace([document]));
                stopwatch.Stop();
                // What the format rule said about the input; the axis rules may add their own.
                formatIds = string.Join(", ", result.Files[0].Diagnostics.Where(d => d.Id.StartsWith("TMR00", StringComparison.Ordinal)).Select(d => d.Id).Distinct());
                if (run > 0)
                {
                    times.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:N0} | {2} | {3:F2} | {4:F2} |", name, bytes.Length, formatIds, times[times.Count / 2], times[^1]));
        }
    }
}
