using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Memory;
using Tamer.Spec.Model;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Memory;

/// <summary>
/// The rejected-designs log as an inverted index (term → the records that have it), with each
/// record's TF-IDF weights. A record's terms come from its title and keywords (twice the weight)
/// and its body. A text is scored against a record by the share of the record's weight that the
/// text's terms cover: <c>Σ w(t) over shared terms / Σ w(t) over the record's terms</c>, with
/// <c>w(t) = (1 + ln tf) · ln(1 + N / df)</c>. Only the records in the postings of the text's
/// terms are scored, and a term found in more than half of the records (with ten or more records)
/// is left out on both sides: it says nothing about which design is meant. Deterministic: no
/// randomness, ordinal order throughout.
/// </summary>
public sealed class RejectedDesignIndex
{
    /// <summary>The fewest terms a Work Item must share with a record to be said to resemble it.</summary>
    public const int MinimumSharedTerms = 2;

    private readonly List<RejectedDesign> _records = new();
    private readonly List<Dictionary<string, double>> _weights = new();
    private readonly List<double> _totals = new();
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);

    // The postings with each record's weight of the term beside it, for scoring without a lookup per record.
    private readonly Dictionary<string, (int Record, double Weight)[]> _weightedPostings = new(StringComparer.Ordinal);

    private RejectedDesignIndex(IEnumerable<RejectedDesign> records)
    {
        var counts = new List<Dictionary<string, double>>();
        foreach (var record in records)
        {
            if (record.Id is null || record.Title is null)
            {
                continue;
            }

            var terms = new Dictionary<string, double>(StringComparer.Ordinal);
            DesignTerms.Add(record.Title.Value, 2, terms);
            foreach (var keyword in record.Keywords)
            {
                DesignTerms.Add(keyword.Value, 2, terms);
            }

            DesignTerms.Add(record.Body, 1, terms);
            _records.Add(record);
            counts.Add(terms);
            foreach (var term in terms.Keys)
            {
                if (!_postings.TryGetValue(term, out var list))
                {
                    list = new List<int>();
                    _postings.Add(term, list);
                }

                list.Add(_records.Count - 1);
            }
        }

        var n = _records.Count;
        var tooCommon = n >= 10 ? _postings.Where(p => p.Value.Count * 2 > n).Select(p => p.Key).ToList() : new List<string>();
        foreach (var term in tooCommon)
        {
            _postings.Remove(term);
        }

        foreach (var terms in counts)
        {
            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var pair in terms)
            {
                if (_postings.TryGetValue(pair.Key, out var list))
                {
                    weights[pair.Key] = (1 + Math.Log(pair.Value)) * Math.Log(1 + ((double)n / list.Count));
                }
            }

            _weights.Add(weights);
            _totals.Add(weights.Values.Sum());
        }

        foreach (var pair in _postings)
        {
            var postings = new (int Record, double Weight)[pair.Value.Count];
            for (var i = 0; i < postings.Length; i++)
            {
                var record = pair.Value[i];
                postings[i] = (record, _weights[record][pair.Key]);
            }

            _weightedPostings.Add(pair.Key, postings);
        }
    }

    /// <summary>The number of records indexed.</summary>
    public int Count => _records.Count;

    /// <summary>The index of the workspace's log (computed once and shared).</summary>
    public static RejectedDesignIndex Of(WorkItemWorkspace workspace) =>
        (workspace ?? throw new ArgumentNullException(nameof(workspace))).GetOrAddAnalysis("memory/rejected-design-index", w => new RejectedDesignIndex(w.RejectedDesigns));

    /// <summary>An index of <paramref name="records"/>.</summary>
    public static RejectedDesignIndex Create(IEnumerable<RejectedDesign> records) => new(records ?? throw new ArgumentNullException(nameof(records)));

    /// <summary>The terms of a Work Item: its title, criteria, non-goals and body.</summary>
    public static ISet<string> TermsOf(WorkItem workItem)
    {
        if (workItem is null)
        {
            throw new ArgumentNullException(nameof(workItem));
        }

        var terms = new HashSet<string>(StringComparer.Ordinal);
        DesignTerms.AddTo(workItem.Title?.Value, terms);
        foreach (var criterion in workItem.AcceptanceCriteria.Items)
        {
            DesignTerms.AddTo(criterion.Text.Value, terms);
        }

        foreach (var nonGoal in workItem.NonGoals.Items)
        {
            DesignTerms.AddTo(nonGoal.Value, terms);
        }

        DesignTerms.AddTo(workItem.Body.Value, terms);
        return terms;
    }

    /// <summary>The terms of a free text (a title, a sentence).</summary>
    public static ISet<string> TermsOf(string text)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        DesignTerms.Add(text, 1, counts);
        return new HashSet<string>(counts.Keys, StringComparer.Ordinal);
    }

    /// <summary>
    /// The records that <paramref name="terms"/> resemble at <paramref name="threshold"/> (0–1) or
    /// more, sharing at least <see cref="MinimumSharedTerms"/> terms; the most similar first (ties by id).
    /// </summary>
    public IReadOnlyList<DesignMatch> Match(ISet<string> terms, double threshold)
    {
        if (terms is null)
        {
            throw new ArgumentNullException(nameof(terms));
        }

        // Per record: the weight the text covers and how many terms it shares, in arrays by the
        // record's place (a Work Item's terms touch a few dozen postings of a few hundred records).
        var covered = new double[_records.Count];
        var shared = new int[_records.Count];
        var touched = new List<int>();
        foreach (var term in terms)
        {
            if (!_weightedPostings.TryGetValue(term, out var postings))
            {
                continue;
            }

            foreach (var posting in postings)
            {
                if (shared[posting.Record]++ == 0)
                {
                    touched.Add(posting.Record);
                }

                covered[posting.Record] += posting.Weight;
            }
        }

        var matches = new List<DesignMatch>();
        foreach (var record in touched)
        {
            var total = _totals[record];
            if (total <= 0 || shared[record] < MinimumSharedTerms)
            {
                continue;
            }

            var score = covered[record] / total;
            if (score + 1e-9 >= threshold)
            {
                var weights = _weights[record];
                var words = weights.Where(w => terms.Contains(w.Key)).OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key).ToList();
                matches.Add(new DesignMatch(_records[record], score, words));
            }
        }

        return matches.OrderByDescending(m => m.Score).ThenBy(m => m.Record.Id!.Value, StringComparer.Ordinal).ToList();
    }
}
