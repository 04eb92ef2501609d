using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Tamer.Spec.Configuration;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Testing;

/// <summary>One labelled acceptance criterion of an evaluation set (JSON Lines: id, text, label, smells, source).</summary>
public sealed record LabelledCriterion(string Id, string Text, bool IsVague, IReadOnlyList<string> Smells, string Source = "")
{
    /// <summary>The repository the criterion comes from (the first word of its source), for splitting sets by repository.</summary>
    public string Repository => Source.Split(' ')[0];
}

/// <summary>A criterion the rule got wrong, and what it reported.</summary>
public sealed record Misjudged(LabelledCriterion Criterion, IReadOnlyList<string> Reported);

/// <summary>How a rule version does on a labelled set, "vague" being the positive class.</summary>
public sealed record CriteriaScore(string Version, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, IReadOnlyList<Misjudged> Misjudged, int NotJudged = 0)
{
    public double Precision => TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);

    public double Recall => TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Measures an acceptance rule on labelled criteria: each criterion is wrapped alone in an
/// otherwise clean Work Item, and predicted vague when any of TMR2002, TMR2003, TMR2004, TMR2005,
/// TMR2007 or TMR2009 fires on it. A criterion the rule says it cannot judge (TMR2010, a language
/// other than English) counts as predicted falsifiable, and is counted apart.
/// </summary>
public static class CriteriaEvaluation
{
    private static readonly string[] VagueIds = ["TMR2002", "TMR2003", "TMR2004", "TMR2005", "TMR2007", "TMR2009"];

    public static IReadOnlyList<LabelledCriterion> Load(string jsonLinesPath) =>
        File.ReadAllLines(jsonLinesPath)
            .Where(line => line.Trim().Length > 0)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var smells = root.TryGetProperty("smells", out var list) ? list.EnumerateArray().Select(s => s.GetString()!).ToList() : [];
                var source = root.TryGetProperty("source", out var from) ? from.GetString() ?? string.Empty : string.Empty;
                return new LabelledCriterion(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, root.GetProperty("label").GetString() == "vague", smells, source);
            })
            .ToList();

    public static CriteriaScore Score(LintEngine engine, string acceptanceRange, IEnumerable<LabelledCriterion> criteria)
    {
        var configuration = TamerConfiguration.Default.WithRule(ConfigurationParser.ParseRuleOption("acceptance=" + acceptanceRange, out _)!);
        int tp = 0, fp = 0, fn = 0, tn = 0, notJudged = 0;
        var misjudged = new List<Misjudged>();
        foreach (var criterion in criteria)
        {
            var document = WorkItemParser.Parse("criterion.md", Wrap(criterion.Text));
            var result = engine.Lint(new WorkItemWorkspace([document]), new LintOptions { Configuration = configuration });
            var reported = result.Files[0].Diagnostics.Where(d => VagueIds.Contains(d.Id)).Select(d => d.Id + " " + d.Message).ToList();
            notJudged += result.Files[0].Diagnostics.Any(d => d.Id == "TMR2010") ? 1 : 0;
            var predicted = reported.Count > 0;
            if (predicted && criterion.IsVague)
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
            }
            else if (criterion.IsVague)
            {
                fn++;
            }
            else
            {
                tn++;
            }

            if (predicted != criterion.IsVague)
            {
                misjudged.Add(new Misjudged(criterion, reported));
            }
        }

        return new CriteriaScore(acceptanceRange, tp, fp, fn, tn, misjudged, notJudged);
    }

    /// <summary>A Markdown report of scores: a table, then each version's confusion matrix.</summary>
    public static string Report(IReadOnlyList<CriteriaScore> scores)
    {
        var text = new StringBuilder();
        text.Append("| acceptance | precision | recall | F1 | true vague | false vague | missed vague | true falsifiable |\n");
        text.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var score in scores)
        {
            text.Append(string.Format(
                CultureInfo.InvariantCulture,
                "| {0} | {1:F3} | {2:F3} | {3:F3} | {4} | {5} | {6} | {7} |\n",
                score.Version,
                score.Precision,
                score.Recall,
                score.F1,
                score.TruePositives,
                score.FalsePositives,
                score.FalseNegatives,
                score.TrueNegatives));
        }

        foreach (var score in scores)
        {
            text.Append("\nConfusion matrix, acceptance ").Append(score.Version).Append(":\n\n");
            text.Append("| | predicted vague | predicted falsifiable |\n| --- | ---: | ---: |\n");
            text.Append(string.Format(CultureInfo.InvariantCulture, "| labelled vague | {0} | {1} |\n", score.TruePositives, score.FalseNegatives));
            text.Append(string.Format(CultureInfo.InvariantCulture, "| labelled falsifiable | {0} | {1} |\n", score.FalsePositives, score.TrueNegatives));
        }

        return text.ToString();
    }

    /// <summary>A Markdown list of the criteria a version gets wrong.</summary>
    public static string Mistakes(CriteriaScore score)
    {
        var text = new StringBuilder();
        foreach (var wrong in score.Misjudged)
        {
            var kind = wrong.Criterion.IsVague ? "missed (labelled vague" + (wrong.Criterion.Smells.Count > 0 ? ": " + string.Join(", ", wrong.Criterion.Smells) : string.Empty) + ")" : "reported (labelled falsifiable)";
            var criterionText = wrong.Criterion.Text.Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
            text.Append("- ").Append(wrong.Criterion.Id).Append(", ").Append(kind).Append(": \"").Append(criterionText).Append('"');
            if (wrong.Reported.Count > 0)
            {
                text.Append(" — ").Append(string.Join("; ", wrong.Reported.Where(r => !r.StartsWith("TMR2002", StringComparison.Ordinal)).Select(r => r.Split(':')[0] + ":" + string.Join(":", r.Split(':').Skip(1)))));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Wrap(string criterion) =>
        "---\nid: WI-EVAL-0001\ntitle: One criterion under evaluation\nstatus: ready\nscope:\n  write: [src/feature.ts]\n  read_only: [src/]\n  forbidden: [secrets/]\n  extend_scope: false\n"
        + "acceptance_criteria:\n  - " + JsonSerializer.Serialize(criterion) + "\nestimate: { diff_lines: 20 }\n---\n";
}
