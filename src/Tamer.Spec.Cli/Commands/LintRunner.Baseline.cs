using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Tamer.Spec.Baselines;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// <c>tamer-lint baseline</c>: lints as <c>lint</c> does, ignoring the current baseline, and
/// writes every diagnostic of the linted Work Items to the baseline file; an entry that still
/// matches keeps its owner, reason and expiry date. <c>--prune</c> only drops the entries that
/// match no current diagnostic (and, over the whole include set, those of Work Items that are
/// gone). The file is replaced whole, never half-written.
/// </summary>
internal sealed partial class LintRunner
{
    public int RunBaseline(LintRequest request, bool prune)
    {
        if (Prepare(request) is not { } run)
        {
            return ExitCodes.UsageError;
        }

        var result = LintReported(run.Session.Engine, run.Linted, run.Context, run.Options, run.Backlogs);
        var current = new List<(BaselineFingerprint Fingerprint, string Message)>();
        foreach (var file in result.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                current.Add((Fingerprinter.Of(diagnostic, file.Document), diagnostic.Message));
            }
        }

        var existing = run.Session.Baseline ?? Baseline.Empty;
        var lintedItems = new HashSet<string>(run.Linted.Select(Fingerprinter.WorkItemKey), StringComparer.Ordinal);
        // A run over the whole include set drops the entries of Work Items that are gone; a run over
        // some paths keeps the entries of the Work Items it does not lint.
        var outside = request.Paths.Count == 0 ? [] : existing.Entries.Where(e => !lintedItems.Contains(e.Fingerprint.WorkItem)).ToList();
        var inside = new Baseline(existing.Entries.Where(e => lintedItems.Contains(e.Fingerprint.WorkItem)), existing.Today);
        var kept = inside.Matching(current.Select(c => c.Fingerprint));
        IReadOnlyList<BaselineEntry> entries;
        if (prune)
        {
            entries = outside.Concat(kept).ToList();
        }
        else
        {
            var unused = kept.ToList();
            var recorded = new List<BaselineEntry>();
            foreach (var (fingerprint, message) in current)
            {
                var index = unused.FindIndex(e => e.Fingerprint.Equals(fingerprint));
                if (index >= 0)
                {
                    recorded.Add(unused[index].WithMessage(message));
                    unused.RemoveAt(index);
                }
                else
                {
                    recorded.Add(new BaselineEntry(fingerprint, message, owner: null, reason: null, expires: null));
                }
            }

            entries = outside.Concat(recorded).ToList();
        }

        var path = run.Session.BaselinePath;
        var text = new StringWriter();
        BaselineFile.Write(entries, text);
        WriteWhole(path, text.ToString());
        var removed = existing.Entries.Count - outside.Count - kept.Count;
        _environment.Output.WriteLine(prune
            ? "tamer-lint: " + _environment.DisplayPath(path) + ": removed " + Count(removed, "fixed entry", "fixed entries") + ", " + Count(entries.Count, "entry", "entries") + " left"
            : "tamer-lint: " + _environment.DisplayPath(path) + ": recorded " + Count(entries.Count, "diagnostic", "diagnostics") + (removed > 0 ? " (" + Count(removed, "fixed entry", "fixed entries") + " dropped)" : string.Empty));
        return ExitCodes.Success;
    }

    private static string Count(int count, string one, string many) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    // A new file beside the target, then a rename over it: a reader never sees half a baseline.
    private void WriteWhole(string path, string content)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllText(temporary, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new UsageException("cannot write " + _environment.DisplayPath(path) + ": " + exception.Message);
        }
    }
}
