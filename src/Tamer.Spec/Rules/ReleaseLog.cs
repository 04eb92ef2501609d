using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NuGet.Versioning;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules;

/// <summary>
/// A rule pack's release log (<c>RELEASES.md</c>), in the spirit of Roslyn's
/// <c>AnalyzerReleases.Shipped.md</c>: one <c>## MAJOR.MINOR.PATCH</c> section per rule version, with
/// a table of the diagnostic IDs that version <c>added</c>, <c>changed</c> (default severity or
/// meaning) or <c>removed</c>:
/// <code>
/// | ID | change | default severity | notes |
/// | --- | --- | --- | --- |
/// | ACME1001 | changed | error | was a warning |
/// </code>
/// <see cref="Check"/> replays the log version by version and compares it with what each version
/// of the pack declares, so a pack's test fails when an ID, a default severity or a version is
/// missing from its log.
/// </summary>
public static class ReleaseLog
{
    /// <summary>Every disagreement between <paramref name="pack"/> and its log, one sentence each; empty when they agree.</summary>
    public static IReadOnlyList<string> Check(RulePack pack, string releasesMarkdown)
    {
        if (pack is null)
        {
            throw new ArgumentNullException(nameof(pack));
        }

        var problems = new List<string>();
        var sections = Parse(releasesMarkdown ?? throw new ArgumentNullException(nameof(releasesMarkdown)), problems);
        var versions = pack.Versions.OrderBy(v => v.Version).ToList();
        foreach (var version in sections.Keys.Where(v => versions.All(r => r.Version != v)))
        {
            problems.Add("RELEASES.md has a section for " + version.ToNormalizedString() + ", which the pack does not carry");
        }

        var state = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
        var applied = new HashSet<NuGetVersion>();
        foreach (var rule in versions)
        {
            foreach (var section in sections.Where(s => s.Key <= rule.Version && applied.Add(s.Key)).OrderBy(s => s.Key))
            {
                foreach (var entry in section.Value)
                {
                    if (entry.Change == "removed")
                    {
                        state.Remove(entry.Id);
                    }
                    else
                    {
                        state[entry.Id] = entry.Severity;
                    }
                }
            }

            var label = pack.Axis + " " + rule.Version.ToNormalizedString();
            if (!sections.ContainsKey(rule.Version))
            {
                problems.Add("RELEASES.md has no section for " + label);
            }

            foreach (var descriptor in rule.SupportedDiagnostics)
            {
                if (!state.TryGetValue(descriptor.Id, out var logged))
                {
                    problems.Add(descriptor.Id + " is reported by " + label + " but RELEASES.md never adds it");
                }
                else if (logged != descriptor.DefaultSeverity)
                {
                    problems.Add(descriptor.Id + " has the default severity " + descriptor.DefaultSeverity.ToName() + " in " + label + " but RELEASES.md says " + logged.ToName() + "; add a 'changed' row to the " + rule.Version.ToNormalizedString() + " section");
                }
            }

            foreach (var id in state.Keys.Where(id => rule.SupportedDiagnostics.All(d => d.Id != id)).OrderBy(id => id, StringComparer.Ordinal))
            {
                problems.Add(id + " is in RELEASES.md for " + label + " but that version does not report it; add a 'removed' row");
            }
        }

        return problems;
    }

    /// <summary>A first log for a pack: every version's IDs as added or changed against the version before.</summary>
    public static string Draft(RulePack pack)
    {
        if (pack is null)
        {
            throw new ArgumentNullException(nameof(pack));
        }

        var text = new StringBuilder();
        text.Append("# Releases: ").Append(pack.Axis).Append("\n\nEach rule version, newest first: the diagnostic IDs it added, changed (default severity or\nmeaning) or removed. `ReleaseLog.Check` holds this file against the pack.\n");
        var previous = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
        var sections = new List<string>();
        foreach (var rule in pack.Versions.OrderBy(v => v.Version))
        {
            var rows = new StringBuilder();
            var current = rule.SupportedDiagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First().DefaultSeverity, StringComparer.Ordinal);
            foreach (var pair in current.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var id = pair.Key;
                var severity = pair.Value;
                if (!previous.TryGetValue(id, out var before))
                {
                    rows.Append("| ").Append(id).Append(" | added | ").Append(severity.ToName()).Append(" | |\n");
                }
                else if (before != severity)
                {
                    rows.Append("| ").Append(id).Append(" | changed | ").Append(severity.ToName()).Append(" | was ").Append(before.ToName()).Append(" |\n");
                }
            }

            foreach (var id in previous.Keys.Where(id => !current.ContainsKey(id)).OrderBy(id => id, StringComparer.Ordinal))
            {
                rows.Append("| ").Append(id).Append(" | removed | ").Append(previous[id].ToName()).Append(" | |\n");
            }

            var section = "\n## " + rule.Version.ToNormalizedString() + "\n\n";
            section += rows.Length == 0
                ? "No ID added, changed or removed.\n"
                : "| ID | change | default severity | notes |\n| --- | --- | --- | --- |\n" + rows;
            sections.Add(section);
            previous = current;
        }

        sections.Reverse();
        foreach (var section in sections)
        {
            text.Append(section);
        }

        return text.ToString();
    }

    private static SortedDictionary<NuGetVersion, List<Entry>> Parse(string markdown, List<string> problems)
    {
        var sections = new SortedDictionary<NuGetVersion, List<Entry>>();
        List<Entry>? current = null;
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var where = "RELEASES.md(" + (i + 1).ToString(CultureInfo.InvariantCulture) + "): ";
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (!NuGetVersion.TryParse(line.Substring(3).Trim(), out var version))
                {
                    problems.Add(where + "'" + line + "' is not a version heading (## MAJOR.MINOR.PATCH)");
                    current = null;
                    continue;
                }

                if (sections.ContainsKey(version))
                {
                    problems.Add(where + "a second section for " + version.ToNormalizedString());
                }

                sections[version] = current = new List<Entry>();
                continue;
            }

            if (current is null || !line.StartsWith("|", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 3 || cells[0] == "ID" || cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            if (cells[1] is not ("added" or "changed" or "removed"))
            {
                problems.Add(where + "the change of " + cells[0] + " is '" + cells[1] + "', not added, changed or removed");
                continue;
            }

            if (!DiagnosticSeverityNames.TryParse(cells[2], out var severity))
            {
                problems.Add(where + "the default severity of " + cells[0] + " is '" + cells[2] + "', not error, warning or info");
                continue;
            }

            current.Add(new Entry(cells[0], cells[1], severity));
        }

        return sections;
    }

    private sealed class Entry
    {
        public Entry(string id, string change, DiagnosticSeverity severity)
        {
            Id = id;
            Change = change;
            Severity = severity;
        }

        public string Id { get; }

        public string Change { get; }

        public DiagnosticSeverity Severity { get; }
    }
}
