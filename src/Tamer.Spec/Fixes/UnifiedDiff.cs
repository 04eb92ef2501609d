using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Tamer.Spec.Fixes;

/// <summary>
/// A unified diff of two versions of one file, in the form <c>git apply</c> and <c>patch -p1</c>
/// accept: <c>--- a/path</c>, <c>+++ b/path</c> (with a tab after a path that has a space, as git
/// writes it, so that <c>patch</c> finds where the name ends), then hunks with three lines of
/// context. Lines end at line feeds, as both tools read them: a CRLF file's lines end in CR LF in
/// the diff, and a carriage return alone is part of its line. A last line without a line break is
/// marked as such.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;
    private const string NoNewline = "\\ No newline at end of file";

    /// <summary>The diff from <paramref name="before"/> to <paramref name="after"/>; empty when they are equal.</summary>
    public static string Create(string path, string before, string after)
    {
        if (path is null || before is null || after is null)
        {
            throw new ArgumentNullException(path is null ? nameof(path) : before is null ? nameof(before) : nameof(after));
        }

        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var oldLines = SplitLines(before);
        var newLines = SplitLines(after);
        var script = LineDiff.Compute(oldLines, newLines);
        var output = new StringBuilder();
        var terminator = path.IndexOf(' ') >= 0 ? "\t\n" : "\n";
        output.Append("--- a/").Append(path).Append(terminator);
        output.Append("+++ b/").Append(path).Append(terminator);
        foreach (var hunk in Hunks(script))
        {
            WriteHunk(output, hunk, oldLines, newLines);
        }

        return output.ToString();
    }

    // Lines up to and including each line feed; the last may have none.
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }

    private static IEnumerable<List<LineDiff.Step>> Hunks(IReadOnlyList<LineDiff.Step> script)
    {
        var changes = new List<int>();
        for (var i = 0; i < script.Count; i++)
        {
            if (script[i].Kind != LineDiff.StepKind.Keep)
            {
                changes.Add(i);
            }
        }

        var index = 0;
        while (index < changes.Count)
        {
            var first = Math.Max(0, changes[index] - Context);
            var last = changes[index];
            while (index + 1 < changes.Count && changes[index + 1] - last <= 2 * Context)
            {
                index++;
                last = changes[index];
            }

            last = Math.Min(script.Count - 1, last + Context);
            var hunk = new List<LineDiff.Step>();
            for (var i = first; i <= last; i++)
            {
                hunk.Add(script[i]);
            }

            yield return hunk;
            index++;
        }
    }

    private static void WriteHunk(StringBuilder output, List<LineDiff.Step> hunk, List<string> oldLines, List<string> newLines)
    {
        var oldStart = -1;
        var newStart = -1;
        int oldCount = 0, newCount = 0;
        foreach (var step in hunk)
        {
            if (step.Kind != LineDiff.StepKind.Insert)
            {
                oldStart = oldStart < 0 ? step.OldIndex : oldStart;
                oldCount++;
            }

            if (step.Kind != LineDiff.StepKind.Delete)
            {
                newStart = newStart < 0 ? step.NewIndex : newStart;
                newCount++;
            }
        }

        // A side with no lines names the line before the hunk (0 at the top).
        oldStart = oldCount == 0 ? hunk[0].OldIndex : oldStart + 1;
        newStart = newCount == 0 ? hunk[0].NewIndex : newStart + 1;
        output.Append(string.Format(CultureInfo.InvariantCulture, "@@ -{0},{1} +{2},{3} @@\n", oldStart, oldCount, newStart, newCount));
        foreach (var step in hunk)
        {
            var line = step.Kind == LineDiff.StepKind.Insert ? newLines[step.NewIndex] : oldLines[step.OldIndex];
            var marker = step.Kind switch
            {
                LineDiff.StepKind.Keep => ' ',
                LineDiff.StepKind.Delete => '-',
                _ => '+',
            };
            output.Append(marker).Append(line);
            if (!line.EndsWith("\n", StringComparison.Ordinal))
            {
                output.Append('\n').Append(NoNewline).Append('\n');
            }
        }
    }
}
