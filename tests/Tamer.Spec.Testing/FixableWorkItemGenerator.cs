using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Tamer.Spec.Testing;

/// <summary>A generated Work Item, and the comments in it that every fix must leave in place.</summary>
public sealed record GeneratedWorkItem(string Path, byte[] Bytes, IReadOnlyList<string> KeptComments);

/// <summary>
/// Generates Work Items that safe fixes have work on, in the many ways people write YAML: block,
/// indentless and flow lists (some over several lines, with comments inside), plain, single- or
/// double-quoted values, criteria as strings, as mappings and as folded blocks, comments at the
/// ends of lines and on lines of their own, anchors and aliases, a frontmatter written as one flow
/// mapping, two- to four-space indentation, LF or CRLF, with or without a byte order mark and a
/// final line break. The defects are the mechanical ones: a legacy scope (list or
/// <c>paths:</c>), a missing <c>extend_scope</c>, criteria without ids or with a repeated id (in
/// the frontmatter or the body), a repeated or self dependency. Every comment gets a unique
/// number; those not on a line a fix may remove (a repeated dependency's) are listed as kept. The
/// same seed gives the same files.
/// </summary>
public sealed class FixableWorkItemGenerator
{
    private readonly Random _random;
    private readonly List<string> _kept = new();
    private int _comments;

    public FixableWorkItemGenerator(int seed)
    {
        _random = new Random(seed);
    }

    public GeneratedWorkItem Next(int index)
    {
        _kept.Clear();
        var indent = new string(' ', _random.Next(2, 5));
        var id = "WI-GEN-" + index.ToString("D4", CultureInfo.InvariantCulture);
        var lines = _random.Next(25) == 0 ? FlowFrontmatter(id, index) : BlockFrontmatter(id, index, indent);
        var newLine = _random.Next(3) == 0 ? "\r\n" : "\n";
        var text = string.Join(newLine, lines) + (_random.Next(6) == 0 ? string.Empty : newLine);
        var bytes = Encoding.UTF8.GetBytes(text);
        if (_random.Next(5) == 0)
        {
            bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
        }

        return new GeneratedWorkItem("gen-" + index.ToString("D4", CultureInfo.InvariantCulture) + ".md", bytes, _kept.ToList());
    }

    private List<string> BlockFrontmatter(string id, int index, string indent)
    {
        var lines = new List<string> { "---" };
        if (_random.Next(4) == 0)
        {
            lines.Add(KeptComment().TrimStart());
        }

        lines.Add("id: " + Quote(id));
        lines.Add("title: " + Quote("Change number " + index.ToString(CultureInfo.InvariantCulture)) + Comment());
        lines.Add("status: " + Pick("ready", "draft", "done", "blocked"));
        var earlier = index == 0 ? null : "WI-GEN-" + _random.Next(index).ToString("D4", CultureInfo.InvariantCulture);
        if (earlier is not null && _random.Next(8) == 0)
        {
            lines.Add("owner: &dep " + earlier);
        }

        AddScope(lines, indent);
        var bodyCriteria = _random.Next(5) == 0;
        if (!bodyCriteria)
        {
            AddCriteria(lines, indent);
        }

        AddDependencies(lines, indent, id, earlier, lines.Any(l => l.StartsWith("owner: &dep", StringComparison.Ordinal)));
        lines.Add("estimate: { diff_lines: " + _random.Next(5, 40).ToString(CultureInfo.InvariantCulture) + ", files: 1 }" + Comment());
        lines.Add("---");
        if (bodyCriteria)
        {
            lines.Add("## Acceptance criteria");
            var number = 1;
            foreach (var criterion in Criteria())
            {
                var marker = _random.Next(4) switch
                {
                    0 => "- [ ] ",
                    1 => (number++).ToString(CultureInfo.InvariantCulture) + ". ",
                    _ => "- ",
                };
                lines.Add(marker + criterion);
            }
        }
        else
        {
            lines.Add("Context for the change.");
        }

        return lines;
    }

    // The whole frontmatter as one flow mapping: fixes that add lines cannot be offered there.
    private List<string> FlowFrontmatter(string id, int index) => new()
    {
        "---",
        "{id: " + id + ", title: Flow number " + index.ToString(CultureInfo.InvariantCulture) + ", scope: [src/gen/a.ts], acceptance_criteria: [GET /gen returns 200], depends_on: [" + id + "]}",
        "---",
    };

    private void AddScope(List<string> lines, string indent)
    {
        var write = new[] { "src/gen/a.ts", "src/gen/b.ts" }.Take(_random.Next(1, 3)).ToList();
        switch (_random.Next(6))
        {
            case 0:
                lines.Add("scope: " + Flow(write) + Comment());
                return;
            case 1:
                lines.Add("scope:" + Comment());
                if (_random.Next(2) == 0)
                {
                    lines.Add(indent + KeptComment().TrimStart());
                }

                var dash = _random.Next(3) == 0 ? string.Empty : indent;
                lines.AddRange(write.Select(w => dash + "- " + Quote(w) + Comment()));
                return;
            case 2:
                lines.Add("scope:");
                lines.Add(indent + "paths: " + Flow(write) + Comment());
                return;
            case 3:
                lines.Add("scope: [");
                lines.AddRange(write.Select((w, i) => indent + Quote(w) + (i < write.Count - 1 ? "," : string.Empty) + Comment()));
                lines.Add("]");
                return;
        }

        lines.Add("scope:" + Comment());
        AddList(lines, indent, indent + "write", write, Comment);
        AddList(lines, indent, indent + "read_only", new[] { "src/gen/" }, Comment);
        AddList(lines, indent, indent + "forbidden", new[] { "src/billing/" }, Comment);
        if (_random.Next(2) == 0)
        {
            lines.Add(indent + "extend_scope: false" + Comment());
        }
    }

    private void AddCriteria(List<string> lines, string indent)
    {
        var criteria = Criteria();
        if (_random.Next(5) == 0)
        {
            lines.Add("acceptance_criteria: [" + string.Join(", ", criteria.Select(c => "\"" + c.Replace("\"", "\\\"") + "\"")) + "]");
            return;
        }

        lines.Add("acceptance_criteria:" + Comment());
        var dash = _random.Next(4) == 0 ? string.Empty : indent;
        foreach (var criterion in criteria)
        {
            switch (_random.Next(5))
            {
                case 0 when !criterion.Contains(": ", StringComparison.Ordinal) && !criterion.Contains(" #", StringComparison.Ordinal) && !criterion.StartsWith("`", StringComparison.Ordinal):
                    lines.Add(dash + "- " + criterion + Comment());
                    break;
                case 1:
                    lines.Add(dash + "- '" + criterion.Replace("'", "''") + "'" + Comment());
                    break;
                case 2 when !criterion.StartsWith("AC-", StringComparison.Ordinal):
                    lines.Add(dash + "- text: " + "\"" + criterion.Replace("\"", "\\\"") + "\"" + Comment());
                    lines.Add(dash + "  verify: api test");
                    break;
                case 3:
                    lines.Add(dash + "- >" + Comment());
                    lines.Add(dash + "  " + criterion);
                    break;
                default:
                    lines.Add(dash + "- \"" + criterion.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"" + Comment());
                    break;
            }
        }
    }

    private List<string> Criteria()
    {
        var texts = new[]
        {
            "GET /gen/items returns 200 with 20 items",
            "POST /gen/items with an empty body responds with 400",
            "the job writes one row to gen_audit per run",
            "`make gen-test` exits with code 0",
            "DELETE /gen/items/7 responds with 204",
        };
        var count = _random.Next(1, 5);
        var criteria = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var text = texts[_random.Next(texts.Length)];
            criteria.Add(_random.Next(3) switch
            {
                0 => text,
                1 => "AC-" + (i + 1).ToString(CultureInfo.InvariantCulture) + ": " + text,
                _ => "AC-1: " + text,
            });
        }

        return criteria;
    }

    private void AddDependencies(List<string> lines, string indent, string id, string? earlier, bool anchored)
    {
        if (earlier is null || _random.Next(3) == 0)
        {
            return;
        }

        // Which entries a fix may remove: the Work Item's own id, and every repeat after the first.
        var entries = new List<(string Text, bool Removable)> { (anchored && _random.Next(2) == 0 ? "*dep" : earlier, false) };
        if (_random.Next(2) == 0)
        {
            entries.Add((earlier, true));
        }

        if (_random.Next(3) == 0)
        {
            entries.Insert(_random.Next(entries.Count + 1), (id, true));
        }

        if (entries.Count > 1 && _random.Next(3) == 0)
        {
            lines.Add("depends_on: [");
            for (var i = 0; i < entries.Count; i++)
            {
                var comment = entries[i].Removable ? RemovableComment() : Comment();
                lines.Add(indent + (entries[i].Text.StartsWith("*", StringComparison.Ordinal) ? entries[i].Text : Quote(entries[i].Text)) + (i < entries.Count - 1 ? "," : string.Empty) + comment);
            }

            lines.Add("]");
            return;
        }

        if (_random.Next(2) == 0)
        {
            lines.Add("depends_on: [" + string.Join(", ", entries.Select(e => e.Text.StartsWith("*", StringComparison.Ordinal) ? e.Text : Quote(e.Text))) + "]" + Comment());
            return;
        }

        lines.Add("depends_on:" + Comment());
        foreach (var (text, removable) in entries)
        {
            lines.Add(indent + "- " + (text.StartsWith("*", StringComparison.Ordinal) ? text : Quote(text)) + (removable ? RemovableComment() : Comment()));
        }
    }

    private void AddList(List<string> lines, string indent, string key, IReadOnlyList<string> items, Func<string> comment)
    {
        if (_random.Next(2) == 0)
        {
            lines.Add(key + ": " + Flow(items) + comment());
            return;
        }

        var dash = new string(' ', key.Length - key.TrimStart().Length) + (_random.Next(4) == 0 ? string.Empty : indent);
        lines.Add(key + ":" + comment());
        lines.AddRange(items.Select(i => dash + "- " + Quote(i) + comment()));
    }

    private string Flow(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    private string Quote(string value) => _random.Next(4) switch
    {
        0 => "\"" + value + "\"",
        1 => "'" + value + "'",
        _ => value,
    };

    // Now and then a comment at the end of the line, which every fix must keep.
    private string Comment() => _random.Next(5) == 0 ? KeptComment() : string.Empty;

    // A comment on a line a fix may remove (a repeated dependency's): not promised to survive.
    private string RemovableComment() => _random.Next(5) == 0 ? "  # note " + (++_comments).ToString(CultureInfo.InvariantCulture) : string.Empty;

    private string KeptComment()
    {
        var comment = "  # kept " + (++_comments).ToString(CultureInfo.InvariantCulture);
        _kept.Add(comment.Trim());
        return comment;
    }

    private string Pick(params string[] values) => values[_random.Next(values.Length)];
}
