using System.Globalization;
using BenchmarkDotNet.Running;
using Tamer.Spec.Benchmarks;
using Tamer.Spec.Testing;

return args.FirstOrDefault() switch
{
    "generate" => Generate(args),
    "history" => History(args),
    "hostile" => Hostile(),
    "acceptance-quality" => Tamer.Spec.Benchmarks.Acceptance.AcceptanceCommands.Quality(args),
    "acceptance-train" => Tamer.Spec.Benchmarks.Acceptance.AcceptanceCommands.Train(args, Option),
    "acceptance-signals" => Tamer.Spec.Benchmarks.Acceptance.AcceptanceCommands.Signals(args),
    "acceptance-timing" => Tamer.Spec.Benchmarks.Acceptance.AcceptanceCommands.Timing(args),
    "bench" => Bench(args),
    "profile" => Profile(args),
    _ => Help(),
};

static int History(string[] args)
{
    var count = int.Parse(Option(args, "--count", "5000"), CultureInfo.InvariantCulture);
    var commits = int.Parse(Option(args, "--commits", "2000"), CultureInfo.InvariantCulture);
    var weeks = int.Parse(Option(args, "--weeks", "52"), CultureInfo.InvariantCulture);
    var seed = int.Parse(Option(args, "--seed", "42"), CultureInfo.InvariantCulture);
    var profile = Option(args, "--profile", "realistic");
    var output = Option(args, "--out", "artifacts/history");
    if (!CorpusGenerator.Profiles.Contains(profile) || count is < 1 or > 1_000_000 || commits is < 1 or > 1_000_000 || weeks is < 1 or > 520)
    {
        Console.Error.WriteLine("history: --profile (" + string.Join(", ", CorpusGenerator.Profiles) + "), --count 1 to 1,000,000, --commits 1 to 1,000,000, --weeks 1 to 520");
        return 2;
    }

    var shape = CorpusShape.ForProfile(profile);
    var corpus = shape is null ? new CorpusGenerator(seed, count, profile) : new CorpusGenerator(seed, count, shape);
    var items = new HistoryGenerator(corpus, commits, weeks, seed).WriteTo(output);
    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "wrote {0:N0} commits over {1} weeks bringing in {2:N0} Work Items to {3} (seed {4})", commits, weeks, items, output, seed));
    return 0;
}

static int Generate(string[] args)
{
    var count = int.Parse(Option(args, "--count", "10000"), CultureInfo.InvariantCulture);
    var seed = int.Parse(Option(args, "--seed", "42"), CultureInfo.InvariantCulture);
    var output = Option(args, "--out", "artifacts/corpus");
    var profile = Option(args, "--profile", "default");
    if (!CorpusGenerator.Profiles.Contains(profile))
    {
        Console.Error.WriteLine("unknown --profile '" + profile + "' (" + string.Join(", ", CorpusGenerator.Profiles) + ")");
        return 2;
    }

    if (count is < 1 or > 1_000_000)
    {
        Console.Error.WriteLine("--count must be between 1 and 1,000,000");
        return 2;
    }

    CorpusGenerator generator;
    var shape = CorpusShape.ForProfile(profile);
    string[] shapeKnobs = ["--areas", "--active", "--clean", "--hot-files", "--hot-writers", "--min-bytes", "--max-bytes"];
    var knobs = shapeKnobs.Where(args.Contains).ToList();
    if (shape is null)
    {
        if (knobs.Count > 0)
        {
            Console.Error.WriteLine(knobs[0] + " shapes the realistic and busy profiles only");
            return 2;
        }

        generator = new CorpusGenerator(seed, count, profile);
    }
    else
    {
        shape = shape with
        {
            Areas = int.Parse(Option(args, "--areas", shape.Areas.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            ActiveShare = double.Parse(Option(args, "--active", shape.ActiveShare.ToString("R", CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            CleanShare = double.Parse(Option(args, "--clean", shape.CleanShare.ToString("R", CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            HotFiles = int.Parse(Option(args, "--hot-files", shape.HotFiles.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            HotWriters = int.Parse(Option(args, "--hot-writers", shape.HotWriters.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            MinItemBytes = int.Parse(Option(args, "--min-bytes", shape.MinItemBytes.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            MaxItemBytes = int.Parse(Option(args, "--max-bytes", shape.MaxItemBytes.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
        };
        try
        {
            shape.Validate();
        }
        catch (ArgumentException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }

        generator = new CorpusGenerator(seed, count, shape);
    }

    var written = generator.WriteTo(output);
    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "wrote {0:N0} Work Items to {1} (seed {2})", written, output, seed));
    return 0;
}

static int Hostile()
{
    HostileInputTiming.Run(Console.Out);
    return 0;
}

static int Profile(string[] args)
{
    if (args.Length < 2 || !Directory.Exists(args[1]))
    {
        Console.Error.WriteLine("profile needs a folder of Work Items");
        return 2;
    }

    return PhaseProfile.Run(args[1], int.Parse(Option(args, "--threads", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture), Console.Out, args.Contains("--allocations"));
}

static int Bench(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ParseAndLintBenchmarks).Assembly).Run(args.Skip(1).ToArray());
    return 0;
}

static int Help()
{
    Console.WriteLine("""
        Tamer.Spec benchmarks

          generate --count N [--seed S] [--profile default|dependencies|realistic|busy] [--out DIR]
                   [--areas N] [--active SHARE] [--clean SHARE] [--hot-files N] [--hot-writers N]
                   [--min-bytes N] [--max-bytes N]
                                                      write a reproducible corpus of N Work Items (default 10000, seed 42);
                                                      the knobs change the realistic and busy shapes (18 areas, 1-3 KB items,
                                                      4% or a third active, 3 files written by 240 active items when busy, 60% clean)
          history [--count N] [--commits N] [--weeks N] [--profile P] [--seed S] [--out DIR]
                                                      a git repository whose history brings in N Work Items (default 5000, realistic)
                                                      over N commits (default 2000) spread over N weeks (default 52), for metrics
          hostile                                     time parse + lint of each hostile input (median of 7 runs)
          acceptance-quality [FILE.jsonl...] [--mistakes]
                                                      precision and recall of acceptance 2.0.0, 3.0.0 and 4.0.0 on labelled criteria
          acceptance-train FILE.jsonl... [--out PATH] [--folds N] [--target P] [--mistakes]
                                                      cross-validate acceptance 4.0.0's model by repository and write it trained on every file
          acceptance-signals TEXT                     the signals of one criterion, their weights and the verdict
          bench [BenchmarkDotNet arguments]           in-process throughput, e.g. bench --filter '*'
          profile DIR [--threads N]                   wall, processor time, allocations and collections of each phase
                                                      (read, parse, lint, write each format) of one lint of DIR
        """);
    return 0;
}

static string Option(string[] args, string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

