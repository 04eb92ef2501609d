using System.Collections.Concurrent;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>
/// The model that weighs the signals of a criterion. A criterion is vague when one of its smells
/// makes it so or when the rest of its evidence does: each smell <c>s</c> present has a
/// probability <c>p_s = σ(θ_s)</c>, every other signal adds its weight to <c>z</c>, and
/// <c>P(vague) = 1 − Π(1 − p_s)·(1 − σ(z))</c>. Strong evidence therefore cannot cancel a reliable
/// smell, as the rubric reads ("a subjective qualifier on the outcome makes it vague"). The
/// numbers are data of the pack (<c>model/vagueness.txt</c>), whose <c># source:</c> line says
/// what they were trained on. A smell term the file does not list (<c>smell:manner/deftly</c>)
/// takes its list's weight (<c>smell:manner</c>); any other signal it does not list weighs nothing.
/// </summary>
internal sealed class VaguenessModel
{
    private static readonly Lazy<VaguenessModel> Loaded = new(() => Load("vagueness.txt"));

    // Resolved weights by feature name (a smell term falls back to its list's), kept up to a bound
    // so that a long-lived host meeting endless new words does not grow without limit.
    private const int MostResolved = 50_000;

    private readonly Dictionary<string, double> _weights;
    private readonly ConcurrentDictionary<string, double> _resolved = new(StringComparer.Ordinal);

    public VaguenessModel(double bias, double threshold, Dictionary<string, double> weights, string source)
    {
        Bias = bias;
        Threshold = threshold;
        _weights = weights;
        Source = source;
    }

    /// <summary>The model shipped with the pack.</summary>
    public static VaguenessModel Shipped => Loaded.Value;

    public double Bias { get; }

    public double Threshold { get; }

    /// <summary>Where the weights come from (the file's <c># source:</c> line).</summary>
    public string Source { get; }

    public IReadOnlyDictionary<string, double> Weights => _weights;

    /// <summary>The weight of a smell that decides a verdict by itself (<c>smell:rule:…</c>): the logit of 0.99, fixed, not learned.</summary>
    public const double RuleWeight = 4.5951;

    /// <summary>True for a smell's feature name (they combine as "any one of them").</summary>
    public static bool IsSmell(string name) => name.StartsWith("smell", StringComparison.Ordinal);

    /// <summary>True for a smell that decides a verdict by itself.</summary>
    public static bool IsRule(string name) => name.StartsWith(SmellSignals.Rule, StringComparison.Ordinal);

    /// <summary>A feature's number in the file: for a smell term not listed, its list's; 0 when neither is listed.</summary>
    public double WeightOf(string name)
    {
        if (_resolved.TryGetValue(name, out var resolved))
        {
            return resolved;
        }

        resolved = Resolve(name);
        if (_resolved.Count < MostResolved)
        {
            _resolved.TryAdd(name, resolved);
        }

        return resolved;
    }

    private double Resolve(string name)
    {
        if (IsRule(name))
        {
            return RuleWeight;
        }

        if (_weights.TryGetValue(name, out var weight))
        {
            return weight;
        }

        var slash = name.IndexOf('/');
        return slash > 0 && _weights.TryGetValue(name.Substring(0, slash), out var group) ? group : 0;
    }

    /// <summary>
    /// Judges one reading: the probability it is vague and, for a vague one, its smells by
    /// probability and the evidence that weighs towards "vague" (a falsifiable verdict needs no
    /// explanation, so none is built).
    /// </summary>
    public CriterionVerdict Judge(CriterionReading reading)
    {
        var z = Bias + (reading.WordsScored ? reading.WordScore : 0);
        var clean = 1.0;
        foreach (var signal in reading.Signals)
        {
            var weight = WeightOf(signal.Name);
            if (IsSmell(signal.Name))
            {
                clean *= 1 - Sigmoid(weight);
            }
            else if (!(reading.WordsScored && signal.Kind == SignalKind.Word))
            {
                z += weight;
            }
        }

        var vague = 1 - clean * (1 - Sigmoid(z));
        if (vague < Threshold)
        {
            return new CriterionVerdict(reading, vague, false, Array.Empty<(Signal, double)>(), Array.Empty<(Signal, double)>());
        }

        var smells = new List<(Signal, double)>();
        var evidence = new List<(Signal, double)>();
        foreach (var signal in reading.Signals)
        {
            var weight = WeightOf(signal.Name);
            if (IsSmell(signal.Name))
            {
                smells.Add((signal, Sigmoid(weight)));
            }
            else if (weight > 0)
            {
                evidence.Add((signal, weight));
            }
        }

        smells.Sort(Heaviest);
        evidence.Sort(Heaviest);
        return new CriterionVerdict(reading, vague, true, smells, evidence);
    }

    private static int Heaviest((Signal Signal, double Weight) a, (Signal Signal, double Weight) b) =>
        b.Weight.CompareTo(a.Weight) is var order && order != 0 ? order : a.Signal.Start.CompareTo(b.Signal.Start);

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    /// <summary>Reads a model file: a <c># source:</c> line, then <c>bias</c>, <c>threshold</c> and one <c>feature weight</c> per line.</summary>
    public static VaguenessModel Parse(TextReader reader, string name)
    {
        var source = string.Empty;
        double? bias = null;
        double? threshold = null;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        string? line;
        var number = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            line = line.Trim();
            if (line.StartsWith("# source:", StringComparison.Ordinal))
            {
                source = line.Substring("# source:".Length).Trim();
                continue;
            }

            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var space = line.LastIndexOf(' ');
            if (space <= 0 || !double.TryParse(line.Substring(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new InvalidDataException("The model " + name + " has a malformed line " + number + ": '" + line + "'.");
            }

            var key = line.Substring(0, space).Trim();
            switch (key)
            {
                case "bias":
                    bias = value;
                    break;
                case "threshold":
                    threshold = value;
                    break;
                default:
                    weights[key] = value;
                    break;
            }
        }

        if (source.Length == 0 || bias is null || threshold is null)
        {
            throw new InvalidDataException("The model " + name + " needs a '# source:' line, a bias and a threshold.");
        }

        return new VaguenessModel(bias.Value, threshold.Value, weights, source);
    }

    private static VaguenessModel Load(string fileName)
    {
        var assembly = typeof(VaguenessModel).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Model." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return Parse(reader, fileName);
    }
}
