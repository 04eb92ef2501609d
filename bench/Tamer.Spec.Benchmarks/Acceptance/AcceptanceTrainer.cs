using System.Globalization;
using System.Text;
using Tamer.Spec.Rules.Acceptance.Evidence;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Benchmarks.Acceptance;

/// <summary>
/// Trains acceptance 4.0.0's model from labelled criteria: the features are the signals the pack's
/// own reading finds, words kept only when they occur in enough criteria from enough repositories;
/// the threshold is chosen from out-of-fold scores of a cross-validation grouped by repository, so
/// that the figures it prints estimate criteria from repositories the model has not seen.
/// </summary>
internal sealed class AcceptanceTrainer
{
    public sealed record Settings(double WordPenalty, double SignalPenalty, double SmellPenalty, int MinCriteria, int MinRepositories, int Iterations, double TargetPrecision, string WeightedPrefix = "", double PrefixWeight = 1);

    public static Settings Defaults { get; } = new(WordPenalty: 0.003, SignalPenalty: 0.001, SmellPenalty: 0.0002, MinCriteria: 4, MinRepositories: 3, Iterations: 3000, TargetPrecision: 0.83);

    private readonly Settings _settings;

    public AcceptanceTrainer(Settings settings)
    {
        _settings = settings;
    }

    public static string[] FeaturesOf(string text) => CriterionReading.Read(text).Signals.Select(s => s.Name).Distinct(StringComparer.Ordinal).ToArray();

    public SmellOrModel Fit(IReadOnlyList<(LabelledCriterion Criterion, string[] Features)> training)
    {
        var kept = KeptWords(training);
        var examples = training.Select(t => (t.Features.Where(f => !IsWord(f) || kept.Contains(f)).ToArray(), t.Criterion.IsVague, WeightOf(t.Criterion))).ToList();
        return SmellOrModel.Fit(examples, f => IsWord(f) ? _settings.WordPenalty : SmellOrModel.IsSmell(f) ? _settings.SmellPenalty : _settings.SignalPenalty, SignOf, _settings.Iterations);
    }

    /// <summary>Out-of-fold scores: each criterion scored by a model trained without its repository.</summary>
    public double[] OutOfFoldScores(IReadOnlyList<(LabelledCriterion Criterion, string[] Features)> data, int folds)
    {
        var repositories = data.Select(d => d.Criterion.Repository).Distinct(StringComparer.Ordinal).OrderBy(r => StableHash(r)).ToList();
        var foldOf = repositories.Select((r, i) => (r, i % folds)).ToDictionary(p => p.r, p => p.Item2, StringComparer.Ordinal);
        var scores = new double[data.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = data.Where(d => foldOf[d.Criterion.Repository] != fold).ToList();
            var model = Fit(training);
            for (var i = 0; i < data.Count; i++)
            {
                if (foldOf[data[i].Criterion.Repository] == fold)
                {
                    scores[i] = model.Probability(data[i].Features);
                }
            }
        }

        return scores;
    }

    /// <summary>The threshold with the best recall among those whose precision reaches the target (else the best F1).</summary>
    public double ChooseThreshold(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
    {
        var candidates = scores.Distinct().OrderBy(s => s).ToList();
        double? best = null;
        var bestRecall = -1.0;
        var bestF1 = -1.0;
        double bestF1Threshold = 0;
        foreach (var threshold in candidates)
        {
            var (precision, recall) = Measure(labels, scores, threshold);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 > bestF1)
            {
                bestF1 = f1;
                bestF1Threshold = threshold;
            }

            if (precision >= _settings.TargetPrecision && recall > bestRecall)
            {
                bestRecall = recall;
                best = threshold;
            }
        }

        return best ?? bestF1Threshold;
    }

    public static (double Precision, double Recall) Measure(IReadOnlyList<bool> labels, IReadOnlyList<double> scores, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var predicted = scores[i] >= threshold;
            tp += predicted && labels[i] ? 1 : 0;
            fp += predicted && !labels[i] ? 1 : 0;
            fn += !predicted && labels[i] ? 1 : 0;
        }

        return (tp / (double)Math.Max(1, tp + fp), tp / (double)Math.Max(1, tp + fn));
    }

    public static string Describe(Settings settings) => string.Create(
        CultureInfo.InvariantCulture,
        $"smells or evidence (see SmellOrModel), L2 {settings.SmellPenalty} on smells towards each list's share, {settings.SignalPenalty} on signals and {settings.WordPenalty} on words, words kept when in at least {settings.MinCriteria} criteria from {settings.MinRepositories} repositories, {settings.Iterations} iterations");

    private HashSet<string> KeptWords(IReadOnlyList<(LabelledCriterion Criterion, string[] Features)> training)
    {
        var criteria = new Dictionary<string, int>(StringComparer.Ordinal);
        var repositories = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (criterion, features) in training)
        {
            foreach (var feature in features.Where(IsWord))
            {
                criteria[feature] = criteria.GetValueOrDefault(feature) + 1;
                if (!repositories.TryGetValue(feature, out var set))
                {
                    repositories[feature] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(criterion.Repository);
            }
        }

        return criteria.Where(p => p.Value >= _settings.MinCriteria && repositories[p.Key].Count >= _settings.MinRepositories).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    // Evidence may only weigh against "vague", smells and missing pieces only towards it: a model
    // that learned "a status code makes a criterion vague" from a few examples would be wrong.
    private static int SignOf(string feature) =>
        feature.StartsWith("smell", StringComparison.Ordinal) || feature.StartsWith("missing:", StringComparison.Ordinal) ? 1
        : feature.StartsWith("result:", StringComparison.Ordinal) || feature.StartsWith("trigger:", StringComparison.Ordinal) || feature.StartsWith("subject:", StringComparison.Ordinal) ? -1
        : 0;

    // The criteria of one set (by id prefix) may count more: the development set is the reference
    // the rule is held to.
    private double WeightOf(LabelledCriterion criterion) =>
        _settings.WeightedPrefix.Length > 0 && criterion.Id.StartsWith(_settings.WeightedPrefix, StringComparison.Ordinal) ? _settings.PrefixWeight : 1;

    private static bool IsWord(string feature) => feature.StartsWith("word", StringComparison.Ordinal);

    internal static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in Encoding.UTF8.GetBytes(text))
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
