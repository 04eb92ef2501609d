using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Baselines;

/// <summary>
/// The diagnostics a team accepted when it turned the gate on (<c>.tamer-baseline.json</c>): a
/// diagnostic whose fingerprint matches an entry that has not expired is baselined, not reported;
/// an entry of a linted Work Item that matches nothing any more is reported as fixed (TMR9005); an
/// expired entry hides nothing, and its diagnostic is reported with the entry's reason.
/// </summary>
public sealed class Baseline
{
    private readonly Dictionary<string, List<BaselineEntry>> _byWorkItem;

    /// <summary>Creates a baseline of <paramref name="entries"/>, judged on <paramref name="today"/> (the host's clock).</summary>
    public Baseline(IEnumerable<BaselineEntry> entries, DateTime today)
    {
        Entries = (entries ?? throw new ArgumentNullException(nameof(entries))).OrderBy(e => e.Fingerprint).ToList();
        Today = today.Date;
        _byWorkItem = Entries.GroupBy(e => e.Fingerprint.WorkItem, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>An empty baseline.</summary>
    public static Baseline Empty { get; } = new(Array.Empty<BaselineEntry>(), DateTime.MinValue);

    /// <summary>The entries in file order (Work Item, ID, node, hash).</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>The day expiry dates are compared with.</summary>
    public DateTime Today { get; }

    /// <summary>
    /// Splits a document's visible diagnostics into those still reported and those the baseline
    /// hides, and adds TMR9005 for each of the document's entries that matched nothing.
    /// </summary>
    /// <param name="document">The linted document.</param>
    /// <param name="diagnostics">Its visible diagnostics, in report order.</param>
    /// <param name="severityOf">The configured severity of TMR9005.</param>
    public BaselineMatch Apply(WorkItemDocument document, IReadOnlyList<Diagnostic> diagnostics, Func<DiagnosticDescriptor, DiagnosticSeverity> severityOf)
    {
        if (document is null || diagnostics is null || severityOf is null)
        {
            throw new ArgumentNullException(document is null ? nameof(document) : diagnostics is null ? nameof(diagnostics) : nameof(severityOf));
        }

        if (!_byWorkItem.TryGetValue(Fingerprinter.WorkItemKey(document), out var entries))
        {
            return new BaselineMatch(diagnostics, Array.Empty<Diagnostic>(), Array.Empty<Diagnostic>());
        }

        var unused = new List<BaselineEntry>(entries);
        var reported = new List<Diagnostic>();
        var baselined = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var fingerprint = Fingerprinter.Of(diagnostic, document);
            var index = unused.FindIndex(e => e.Fingerprint.Equals(fingerprint));
            if (index < 0)
            {
                reported.Add(diagnostic);
                continue;
            }

            var entry = unused[index];
            unused.RemoveAt(index);
            if (entry.IsExpiredOn(Today))
            {
                reported.Add(diagnostic.WithMessage(diagnostic.Message + " (" + ExpiredNote(entry) + ")"));
            }
            else
            {
                baselined.Add(diagnostic);
            }
        }

        var fixedSeverity = severityOf(EngineDiagnostics.BaselinedProblemFixed);
        var fixedProblems = fixedSeverity == DiagnosticSeverity.None
            ? new List<Diagnostic>()
            : unused.Select(e => new Diagnostic(
                EngineDiagnostics.BaselinedProblemFixed,
                fixedSeverity,
                EngineDiagnostics.BaselinedProblemFixed.FormatMessage(e.Fingerprint.DiagnosticId, e.Fingerprint.Node, e.Message),
                document.GetLocation(FirstLine(document.Text)),
                EngineDiagnostics.Rule)).ToList();
        return new BaselineMatch(reported, baselined, fixedProblems);
    }

    /// <summary>The entries of a whole-workspace run that still match a diagnostic (what <c>baseline --prune</c> keeps).</summary>
    /// <param name="current">Every current diagnostic's fingerprint, baselined or not.</param>
    public IReadOnlyList<BaselineEntry> Matching(IEnumerable<BaselineFingerprint> current)
    {
        var left = new Dictionary<BaselineFingerprint, int>();
        foreach (var fingerprint in current ?? throw new ArgumentNullException(nameof(current)))
        {
            left[fingerprint] = left.TryGetValue(fingerprint, out var count) ? count + 1 : 1;
        }

        var kept = new List<BaselineEntry>();
        foreach (var entry in Entries)
        {
            if (left.TryGetValue(entry.Fingerprint, out var count) && count > 0)
            {
                left[entry.Fingerprint] = count - 1;
                kept.Add(entry);
            }
        }

        return kept;
    }

    private static string ExpiredNote(BaselineEntry entry) =>
        "its baseline entry expired on " + entry.Expires!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        + (entry.Reason is { Length: > 0 } reason ? "; it was accepted because: " + reason : string.Empty)
        + (entry.Owner is { Length: > 0 } owner ? "; owner: " + owner : string.Empty);

    private static TextSpan FirstLine(SourceText text) => text.Length == 0 ? new TextSpan(0, 0) : text.GetLineSpan(1);
}
