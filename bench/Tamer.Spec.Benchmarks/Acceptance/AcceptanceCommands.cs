using System.Globalization;
using Tamer.Spec.Rules.Acceptance.Evidence;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Benchmarks.Acceptance;

/// <summary>The benchmark tool's acceptance commands: quality on labelled files, training the model, and the signals of one criterion.</summary>
internal static class AcceptanceCommands
{
    private static readonly string[] Ranges = ["[2.0,3.0)", "[3.0,4.0)", "[4.0,5.0)"];

    /// <summary><c>acceptance-quality FILE... [--mistakes]</c>: precision and recall of each version on each labelled file.</summary>
    public static int Quality(string[] args)
    {
        var files = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (files.Count == 0)
        {
            files.Add(Path.Combine("..", "shared", "eval", "ac-dev.jsonl"));
        }

        var engine = new Tamer.Spec.Engine.LintEngine(Tamer.Spec.Rules.BuiltInRulePacks.All);
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine("no labelled criteria at " + file);
                return 2;
            }

            var criteria = CriteriaEvaluation.Load(file);
            var scores = Ranges.Select(range => CriteriaEvaluation.Score(engine, range, criteria)).ToList();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} criteria ({2} labelled vague)\n", file, criteria.Count, criteria.Count(c => c.IsVague)));
            Console.WriteLine(CriteriaEvaluation.Report(scores));
            if (args.Contains("--mistakes"))
            {
                Console.WriteLine(CriteriaEvaluation.Mistakes(scores[^1]));
            }
        }

        return 0;
    }

    /// <summary>
    /// <c>acceptance-train FILE... [--out PATH] [--folds N] [--target P]</c>: cross-validates by
    /// repository, prints the out-of-fold figures, and writes the model trained on every file.
    /// </summary>
    public static int Train(string[] args, Func<string[], string, string, string> option)
    {
        var files = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var folds = int.Parse(option(args, "--folds", "5"), CultureInfo.InvariantCulture);
        var defaults = AcceptanceTrainer.Defaults;
        var settings = defaults with
        {
            TargetPrecision = double.Parse(option(args, "--target", defaults.TargetPrecision.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            WordPenalty = double.Parse(option(args, "--word-l2", defaults.WordPenalty.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            SignalPenalty = double.Parse(option(args, "--signal-l2", defaults.SignalPenalty.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            MinCriteria = int.Parse(option(args, "--min-criteria", defaults.MinCriteria.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            MinRepositories = int.Parse(option(args, "--min-repositories", defaults.MinRepositories.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            WeightedPrefix = option(args, "--weight-prefix", string.Empty),
            PrefixWeight = double.Parse(option(args, "--prefix-weight", "1"), CultureInfo.InvariantCulture),
            Iterations = int.Parse(option(args, "--iterations", defaults.Iterations.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            SmellPenalty = double.Parse(option(args, "--smell-l2", defaults.SmellPenalty.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
        };
        var output = option(args, "--out", string.Empty);
        var source = option(args, "--source", string.Empty);
        if (files.Count == 0 || files.Any(f => !File.Exists(f)))
        {
            Console.Error.WriteLine("acceptance-train needs labelled JSON Lines files that exist");
            return 2;
        }

        var sample = double.Parse(option(args, "--sample", "1"), CultureInfo.InvariantCulture);
        var data = files.SelectMany(CriteriaEvaluation.Load)
            .Where(c => sample >= 1 || (uint)AcceptanceTrainer.StableHash(c.Repository) % 1000 < sample * 1000)
            .Select(c => (Criterion: c, Features: AcceptanceTrainer.FeaturesOf(c.Text))).ToList();
        var only = option(args, "--only", string.Empty);
        if (only.Length > 0)
        {
            data = data.Select(d => (d.Criterion, d.Features.Where(f => f.StartsWith(only, StringComparison.Ordinal) == !only.StartsWith('!')).ToArray())).ToList();
        }
        var dump = option(args, "--dump", string.Empty);
        if (dump.Length > 0)
        {
            File.WriteAllLines(dump, data.Select(d => System.Text.Json.JsonSerializer.Serialize(new { id = d.Criterion.Id, vague = d.Criterion.IsVague, repo = d.Criterion.Repository, text = d.Criterion.Text, features = d.Features })));
            return 0;
        }

        var trainer = new AcceptanceTrainer(settings);
        var labels = data.Select(d => d.Criterion.IsVague).ToList();
        var outOfFold = trainer.OutOfFoldScores(data, folds);
        var threshold = trainer.ChooseThreshold(labels, outOfFold);
        var (precision, recall) = AcceptanceTrainer.Measure(labels, outOfFold, threshold);
        var repositories = data.Select(d => d.Criterion.Repository).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} criteria ({1} vague) from {2} repositories", data.Count, labels.Count(l => l), repositories));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}-fold by repository, out of fold: threshold {1:F3}, precision {2:F3}, recall {3:F3}", folds, threshold, precision, recall));
        foreach (var delta in new[] { -0.2, -0.1, -0.05, 0.05, 0.1, 0.2 })
        {
            var (p, r) = AcceptanceTrainer.Measure(labels, outOfFold, threshold + delta);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  threshold {0:F3}: precision {1:F3}, recall {2:F3}", threshold + delta, p, r));
        }

        foreach (var part in data.Select((d, i) => (Prefix: d.Criterion.Id.Split('-')[0], Index: i)).GroupBy(p => p.Prefix).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var partLabels = part.Select(p => labels[p.Index]).ToList();
            var (pp, pr) = AcceptanceTrainer.Measure(partLabels, part.Select(p => outOfFold[p.Index]).ToList(), threshold);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0}: {1} criteria ({2} vague), precision {3:F3}, recall {4:F3}", part.Key, partLabels.Count, partLabels.Count(l => l), pp, pr));
        }

        if (args.Contains("--signal-table"))
        {
            var anySmell = data.Select(d => d.Features.Any(SmellOrModel.IsSmell)).ToList();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "any smell: {0} of {1} vague, {2} of {3} falsifiable", anySmell.Where((a, i) => a && labels[i]).Count(), labels.Count(l => l), anySmell.Where((a, i) => a && !labels[i]).Count(), labels.Count(l => !l)));
            foreach (var group in data.SelectMany(d => d.Features.Where(f => !f.StartsWith("word", StringComparison.Ordinal)).Select(f => (Feature: f, d.Criterion.IsVague))).GroupBy(p => p.Feature).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var vague = group.Count(p => p.IsVague);
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-45} {1,5} {2,5} {3,6:F2}", group.Key, vague, group.Count() - vague, vague / (double)group.Count()));
            }
        }

        var show = option(args, "--show", string.Empty);
        if (show.Length > 0)
        {
            foreach (var (criterion, features) in data.Where(d => d.Features.Contains(show)))
            {
                Console.WriteLine((criterion.IsVague ? "V " : "F ") + criterion.Text.Replace('\n', ' '));
            }
        }

        if (args.Contains("--mistakes"))
        {
            for (var i = 0; i < data.Count; i++)
            {
                if ((outOfFold[i] >= threshold) != labels[i])
                {
                    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} {1} {2:F2} {3}", labels[i] ? "MISSED" : "FALSE ", data[i].Criterion.Id, outOfFold[i], data[i].Criterion.Text));
                }
            }
        }

        if (output.Length > 0)
        {
            var model = trainer.Fit(data);
            var comments = new[]
            {
                AcceptanceTrainer.Describe(settings),
                string.Format(CultureInfo.InvariantCulture, "{0} criteria ({1} labelled vague) from {2} repositories; {3}-fold cross-validation by repository: precision {4:F3}, recall {5:F3} at this threshold", data.Count, labels.Count(l => l), repositories, folds, precision, recall),
            };
            File.WriteAllText(output, model.ToDataFile(threshold, source.Length > 0 ? source : "criteria in " + string.Join(", ", files.Select(Path.GetFileName)), comments));
            Console.WriteLine("wrote " + output);
        }

        return 0;
    }

    /// <summary><c>acceptance-timing FILE</c>: microseconds per criterion for 3.0.0's reading and 4.0.0's reading and verdict, over the criteria of a file (one per line).</summary>
    public static int Timing(string[] args)
    {
        var criteria = File.ReadAllLines(args[1]).Where(l => l.Length > 0).ToArray();
        var model = VaguenessModel.Shipped;
        double Bytes(Action<string> read)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var c in criteria)
            {
                read(c);
            }

            return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)criteria.Length;
        }

        double Time(Action<string> read)
        {
            foreach (var c in criteria.Take(200))
            {
                read(c);
            }

            var best = double.MaxValue;
            for (var round = 0; round < 5; round++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                foreach (var c in criteria)
                {
                    read(c);
                }

                best = Math.Min(best, clock.Elapsed.TotalMilliseconds * 1000 / criteria.Length);
            }

            return best;
        }

        Action<string> version3 = c => Tamer.Spec.Rules.Acceptance.Analysis.CriterionAnalyzer.Analyze(c);
        Action<string> version4 = c => model.Judge(CriterionReading.Read(c, model));
        var v3 = Time(version3);
        var v4 = Time(version4);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} criteria: 3.0.0 {1:F1} µs and {2:F0} bytes, 4.0.0 {3:F1} µs and {4:F0} bytes per criterion (best of 5 rounds)", criteria.Length, v3, Bytes(version3), v4, Bytes(version4)));
        if (args.Contains("--parts"))
        {
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "bytes per criterion: shape {0:F0}, reading {1:F0}, reading and verdict {2:F0}, language {3:F0}",
                Bytes(c => _ = new Tamer.Spec.Rules.Acceptance.Analysis.CriterionShape(c)),
                Bytes(c => CriterionReading.Read(c, model)),
                Bytes(c => model.Judge(CriterionReading.Read(c, model))),
                Bytes(c => CriterionLanguage.OtherThanEnglish(new Tamer.Spec.Rules.Acceptance.Analysis.CriterionShape(c)))));
        }
        if (args.Contains("--steps"))
        {
            // Each step of a reading timed with the steps before it, so that the differences are each step's own cost.
            Action<string> Upto(int steps) => c =>
            {
                var sink = new SignalSink(new Tamer.Spec.Rules.Acceptance.Analysis.CriterionShape(c), model);
                if (steps > 0) ResultSignals.Read(sink);
                if (steps > 1) TriggerSignals.Read(sink);
                if (steps > 2) FormSignals.Read(sink);
                if (steps > 3) SmellSignals.Read(sink);
                if (steps > 4) WordSignals.Read(sink);
            };
            var names = new[] { "shape", "+result", "+trigger", "+form", "+smells (3.0.0 analysis inside)", "+words" };
            for (var steps = 0; steps < names.Length; steps++)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1:F2} µs", names[steps], Time(Upto(steps))));
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "reading: {0:F2} µs; reading and verdict: {1:F2} µs; language: {2:F2} µs; 3.0.0 analysis alone: {3:F2} µs",
                Time(c => CriterionReading.Read(c, model)), Time(version4), Time(c => CriterionLanguage.OtherThanEnglish(new Tamer.Spec.Rules.Acceptance.Analysis.CriterionShape(c))), Time(version3)));
        }

        return 0;
    }

    /// <summary><c>acceptance-signals TEXT</c>: the signals of one criterion and, with the shipped model, their weights and the verdict.</summary>
    public static int Signals(string[] args)
    {
        if (args.Length == 3 && args[1] == "--lines")
        {
            foreach (var line in File.ReadLines(args[2]))
            {
                var signals = CriterionReading.Read(line).Signals.Where(s => s.Kind is SignalKind.NoBehaviour or SignalKind.NoObject or SignalKind.Subjective or SignalKind.OpenEnd or SignalKind.Missing or SignalKind.Form);
                Console.WriteLine(string.Join(" ", signals.Select(s => s.Name)) + "  <<  " + line);
            }

            return 0;
        }

        var text = string.Join(" ", args.Skip(1));
        var reading = CriterionReading.Read(text);
        var model = VaguenessModel.Shipped;
        foreach (var signal in reading.Signals)
        {
            var words = signal.HasWords ? "'" + text.Substring(signal.Start, signal.Length) + "'" : string.Empty;
            var weight = model.WeightOf(signal.Name);
            var shown = VaguenessModel.IsSmell(signal.Name) ? "p=" + (1 / (1 + Math.Exp(-weight))).ToString("F3", CultureInfo.InvariantCulture) : weight.ToString("F3", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,9}  {1} {2}", shown, signal.Name, words));
        }

        var verdict = model.Judge(reading);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "P(vague) {0:F3} (threshold {1:F3}): {2}", verdict.Probability, model.Threshold, verdict.IsVague ? "vague" : "falsifiable"));
        return 0;
    }
}
