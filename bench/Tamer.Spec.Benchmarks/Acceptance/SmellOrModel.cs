using System.Globalization;
using System.Text;
using Tamer.Spec.Rules.Acceptance.Evidence;

namespace Tamer.Spec.Benchmarks.Acceptance;

/// <summary>
/// The shape of acceptance 4.0.0's model: a criterion is vague when any one smell makes it so or
/// when the rest of its evidence does. Each smell <c>s</c> present has its own probability
/// <c>p_s = σ(θ_s)</c>; the evidence (results, triggers, subjects, form, missing pieces, words)
/// gives <c>p_e = σ(b + Σ w_j)</c>; and <c>P(vague) = 1 − Π(1 − p_s)·(1 − p_e)</c>. A linear model
/// lets strong evidence cancel a subjective word; this one does not, which is how the rubric reads
/// ("a subjective qualifier on the outcome makes the criterion vague"). Trained by full-batch
/// gradient descent with Nesterov momentum on the log loss, deterministic.
/// </summary>
internal sealed class SmellOrModel
{
    public SmellOrModel(double bias, IReadOnlyDictionary<string, double> weights, IReadOnlyDictionary<string, double> groups)
    {
        Bias = bias;
        Weights = weights;
        Groups = groups;
    }

    /// <summary>For each list of smell terms (<c>smell:manner</c>), the logit its terms were drawn towards: the weight of a term not seen in training.</summary>
    public IReadOnlyDictionary<string, double> Groups { get; }

    public static string GroupOf(string smell) => smell.IndexOf('/') is var slash && slash > 0 ? smell.Substring(0, slash) : smell;

    public double Bias { get; }

    /// <summary>For a smell, the logit of its probability; for any other feature, its weight in the evidence part.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; }

    public static bool IsSmell(string feature) => VaguenessModel.IsSmell(feature);

    public static bool IsRule(string feature) => VaguenessModel.IsRule(feature);

    private const double RuleWeight = VaguenessModel.RuleWeight;

    public double Probability(IEnumerable<string> features)
    {
        var z = Bias;
        var clean = 1.0;
        foreach (var feature in features)
        {
            if (!Weights.TryGetValue(feature, out var weight) && !(IsSmell(feature) && Groups.TryGetValue(GroupOf(feature), out weight)))
            {
                continue;
            }

            if (IsSmell(feature))
            {
                clean *= 1 - Sigmoid(weight);
            }
            else
            {
                z += weight;
            }
        }

        return 1 - clean * (1 - Sigmoid(z));
    }

    public static SmellOrModel Fit(IReadOnlyList<(string[] Features, bool IsVague, double Weight)> examples, Func<string, double> penalty, Func<string, int> sign, int iterations)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (features, _, _) in examples)
        {
            foreach (var feature in features)
            {
                index.TryAdd(feature, index.Count);
            }
        }

        var names = index.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
        var smell = names.Select(IsSmell).ToArray();
        var rule = names.Select(IsRule).ToArray();
        var lambdas = names.Select(penalty).ToArray();
        var signs = names.Select(sign).ToArray();
        var rows = examples.Select(e => e.Features.Where(index.ContainsKey).Select(f => index[f]).Distinct().ToArray()).ToArray();
        var labels = examples.Select(e => e.IsVague).ToArray();
        var exampleWeights = examples.Select(e => e.Weight).ToArray();
        var totalWeight = exampleWeights.Sum();

        // Each list's terms are drawn towards what the list as a whole adds to the chance that a
        // criterion is vague, beyond the share of vague criteria overall (a list that marks vague
        // criteria no more often than chance adds nothing), so a rare term starts from its list.
        var baseRate = labels.Count(l => l) / (double)Math.Max(1, labels.Length);
        var groups = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in examples.SelectMany(e => e.Features.Where(IsSmell).Select(GroupOf).Distinct(StringComparer.Ordinal).Select(g => (Group: g, e.IsVague))).GroupBy(p => p.Group, StringComparer.Ordinal))
        {
            const double strength = 5;
            var share = (group.Count(p => p.IsVague) + strength * baseRate) / (group.Count() + strength);
            var excess = Math.Clamp((share - baseRate) / (1 - baseRate), 0.01, 0.99);
            groups[group.Key] = IsRule(group.Key) ? RuleWeight : Logit(excess);
        }

        var center = names.Select(n => IsSmell(n) ? groups[GroupOf(n)] : 0.0).ToArray();

        var n = names.Length;
        var weights = new double[n + 1];
        Array.Copy(center, weights, n);
        weights[n] = -1;
        var previous = (double[])weights.Clone();
        var look = new double[n + 1];
        var gradient = new double[n + 1];
        const double step = 0.2;
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            var momentum = (iteration - 1.0) / (iteration + 2.0);
            for (var j = 0; j <= n; j++)
            {
                look[j] = weights[j] + momentum * (weights[j] - previous[j]);
            }

            Array.Clear(gradient);
            for (var i = 0; i < rows.Length; i++)
            {
                var z = look[n];
                var logClean = 0.0;
                foreach (var j in rows[i])
                {
                    if (smell[j])
                    {
                        logClean += LogSigmoid(-look[j]);
                    }
                    else
                    {
                        z += look[j];
                    }
                }

                logClean += LogSigmoid(-z);
                var clean = Math.Exp(logClean);

                // d(-log likelihood)/d(log clean): 1 for a falsifiable criterion, -clean/(1-clean) for a vague one.
                var outer = labels[i] ? -clean / Math.Max(1e-12, 1 - clean) : 1.0;
                var pe = Sigmoid(z);
                var share = exampleWeights[i] / totalWeight;
                gradient[n] += outer * pe * share;
                foreach (var j in rows[i])
                {
                    gradient[j] += outer * (smell[j] ? Sigmoid(look[j]) : pe) * share;
                }
            }

            Array.Copy(weights, previous, weights.Length);
            for (var j = 0; j <= n; j++)
            {
                var penaltyGradient = j < n ? lambdas[j] * (look[j] - center[j]) : 0;
                weights[j] = j < n && rule[j] ? RuleWeight : look[j] - step * (gradient[j] + penaltyGradient);
                if (j < n && !smell[j] && signs[j] * weights[j] < 0)
                {
                    weights[j] = 0;
                }
            }
        }

        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 0; j < n; j++)
        {
            result[names[j]] = weights[j];
        }

        return new SmellOrModel(weights[n], result, groups);
    }

    /// <summary>The model as the pack's data file: a provenance line, bias, threshold, then the weights (rounded; negligible evidence weights dropped), by name.</summary>
    public string ToDataFile(double threshold, string source, IEnumerable<string> comments)
    {
        var text = new StringBuilder();
        text.Append("# source: ").Append(source).Append('\n');
        foreach (var comment in comments)
        {
            text.Append("# ").Append(comment).Append('\n');
        }

        text.Append(string.Create(CultureInfo.InvariantCulture, $"bias {Bias:0.0000}\n"));
        text.Append(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:0.0000}\n"));
        var lines = Weights.Where(p => IsSmell(p.Key) || Math.Abs(p.Value) >= 0.005)
            .Concat(Groups.Where(g => !Weights.ContainsKey(g.Key)));
        foreach (var (name, weight) in lines.Where(p => !IsRule(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{name} {weight:0.0000}\n"));
        }

        return text.ToString();
    }

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    private static double LogSigmoid(double z) => z >= 0 ? -Math.Log(1 + Math.Exp(-z)) : z - Math.Log(1 + Math.Exp(z));

    private static double Logit(double p) => Math.Log(p / (1 - p));
}
