using System.Globalization;
using BenchmarkDotNet.Running;
using Tamer.Spec.Benchmarks;
using Tamer.Spec.Testing;

return args.FirstOrDefault() switch
{
    "generate" => Generate(args),
    "hostile" => Hostile(),
    "acceptance-quality" => Tamer.Spec.Benchmarks.Acceptance.AcceptanceCommands.Quality(args),
    "acceptance-train" => Tamer.Spec.Benchmarks.Acceptance.AcceptanceCommands.Train(args, Option),
    "acceptance-signals" => Tamer.Spec.Benchmarks.Acceptance.AcceptanceCommands.Signals(args),
    "acceptance-timing" => Tamer.Spec.Benchmarks.Acceptance.AcceptanceCommands.Timing(args),
    "bench" => Bench(args),
    _ => Help(),
};

static int Generate(string[] args)
{
    var count = int.Parse(Option(args, "--count", "10000"), CultureInfo.InvariantCulture);
    var seed = int.Parse(Option(args, "--seed", "42"), CultureInfo.InvariantCulture);
    var output = Option(args, "--out", "artifacts/corpus");
    var profile = Option(args, "--profile", "default");
    if (profile is not ("default" or "dependencies"))
    {
        Console.Error.WriteLine("unknown --profile '" + profile + "' (default, dependencies)");
        return 2;
    }
    if (count is < 1 or > 1_000_000)
    {
        Console.Error.WriteLine("--count must be between 1 and 1,000,000");
        return 2;
    }

    var written = new CorpusGenerator(seed, count, profile).WriteTo(output);
    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "wrote {0:N0} Work Items to {1} (seed {2})", written, output, seed));
    return 0;
}

static int Hostile()
{
    HostileInputTiming.Run(Console.Out);
    return 0;
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

          generate --count N [--seed S] [--profile default|dependencies] [--out DIR]
                                                      write a reproducible corpus of N Work Items (default 10000, seed 42)
          hostile                                     time parse + lint of each hostile input (median of 7 runs)
          acceptance-quality [FILE.jsonl...] [--mistakes]
                                                      precision and recall of acceptance 2.0.0, 3.0.0 and 4.0.0 on labelled criteria
          acceptance-train FILE.jsonl... [--out PATH] [--folds N] [--target P] [--mistakes]
                                                      cross-validate acceptance 4.0.0's model by repository and write it trained on every file
          acceptance-signals TEXT                     the signals of one criterion, their weights and the verdict
          bench [BenchmarkDotNet arguments]           in-process throughput, e.g. bench --filter '*'
        """);
    return 0;
}

static string Option(string[] args, string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
