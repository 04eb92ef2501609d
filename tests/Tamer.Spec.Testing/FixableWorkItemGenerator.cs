using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Tamer.Spec.Testing;

/// <summary>
/// Generates Work Items that safe fixes have work on, in the many ways people write YAML: block or
/// flow lists, plain, single- or double-quoted values, comments at the ends of lines and on lines of
/// their own, two- or four-space indentation, LF or CRLF, with or without a byte order mark. The
/// defects are the mechanical ones: a legacy scope (list or <c>paths:</c>), a missing
/// <c>extend_scope</c>, criteria without ids or with a repeated id (in the frontmatter or the
/// body), a repeated or self dependency. The same seed gives the same files.
/// </summary>
public sealed class FixableWorkItemGenerator
{
    private readonly Random _random;

    public FixableWorkItemGenerator(int seed)
    {
        _random = new Random(seed);
    }

    public (string Path, byte[] Bytes) Next(int index)
    {
        var indent = _random.Next(3) == 0 ? "    " : "  ";
        var id = "WI-GEN-" + index.ToString("D4", CultureInfo.InvariantCulture);
        var lines = new List<string> { "---" };
        if (_random.Next(4) == 0)
        {
            lines.Add("# generated Work Item " + index.ToString(CultureInfo.InvariantCulture));
        }

        lines.Add("id: " + Quote(id));
        lines.Add("title: " + Quote("Change number " + index.ToString(CultureInfo.InvariantCulture)) + Comment());
        lines.Add("status: " + Pick("ready", "draft", "done", "blocked"));
        AddScope(lines, indent);
        var bodyCriteria = _random.Next(5) == 0;
        if (!bodyCriteria)
        {
            AddCriteria(lines, indent);
        }

        AddDependencies(lines, indent, id, index);
        lines.Add("estimate: { diff_lines: " + _random.Next(5, 40).ToString(CultureInfo.InvariantCulture) + ", files: 1 }" + Comment());
        lines.Add("---");
        if (bodyCriteria)
        {
            lines.Add("## Acceptance criteria");
            foreach (var criterion in Criteria())
            {
                lines.Add((_random.Next(3) == 0 ? "- [ ] " : "- ") + criterion);
            }
        }
        else
        {
            lines.Add("Context for the change.");
        }

        var newLine = _random.Next(3) == 0 ? "\r\n" : "\n";
        var text = string.Join(newLine, lines) + (_random.Next(6) == 0 ? string.Empty : newLine);
        var bytes = Encoding.UTF8.GetBytes(text);
        if (_random.Next(5) == 0)
        {
            bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
        }

        return ("gen-" + index.ToString("D4", CultureInfo.InvariantCulture) + ".md", bytes);
    }

    private void AddScope(List<string> lines, string indent)
    {
        var write = new[] { "src/gen/a.ts", "src/gen/b.ts" }.Take(_random.Next(1, 3)).ToList();
        switch (_random.Next(5))
        {
            case 0:
                lines.Add("scope: " + Flow(write) + Comment());
                return;
            case 1:
                lines.Add("scope:" + Comment());
                if (_random.Next(2) == 0)
                {
                    lines.Add(indent + "# what the change may write");
                }

                lines.AddRange(write.Select(w => indent + "- " + Quote(w) + Comment()));
                return;
            case 2:
                lines.Add("scope:");
                lines.Add(indent + "paths: " + Flow(write) + Comment());
                return;
        }

        lines.Add("scope:" + Comment());
        AddList(lines, indent, indent + "write", write);
        AddList(lines, indent, indent + "read_only", new[] { "src/gen/" });
        AddList(lines, indent, indent + "forbidden", new[] { "src/billing/" });
        if (_random.Next(2) == 0)
        {
            lines.Add(indent + "extend_scope: false" + Comment());
        }
    }

    private void AddCriteria(List<string> lines, string indent)
    {
        var criteria = Criteria();
        if (_random.Next(4) == 0)
        {
            lines.Add("acceptance_criteria: [" + string.Join(", ", criteria.Select(c => "\"" + c.Replace("\"", "\\\"") + "\"")) + "]");
            return;
        }

        lines.Add("acceptance_criteria:" + Comment());
        foreach (var criterion in criteria)
        {
            var style = _random.Next(3);
            var written = style switch
            {
                0 when !criterion.Contains(": ", StringComparison.Ordinal) && !criterion.Contains(" #", StringComparison.Ordinal) => criterion,
                1 => "'" + criterion.Replace("'", "''") + "'",
                _ => "\"" + criterion.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
            };
            lines.Add(indent + "- " + written + Comment());
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

    private void AddDependencies(List<string> lines, string indent, string id, int index)
    {
        if (index == 0 || _random.Next(3) == 0)
        {
            return;
        }

        var earlier = "WI-GEN-" + _random.Next(index).ToString("D4", CultureInfo.InvariantCulture);
        var entries = new List<string> { earlier };
        if (_random.Next(2) == 0)
        {
            entries.Add(earlier);
        }

        if (_random.Next(3) == 0)
        {
            entries.Insert(_random.Next(entries.Count + 1), id);
        }

        AddList(lines, indent, "depends_on", entries);
    }

    private void AddList(List<string> lines, string indent, string key, IReadOnlyList<string> items)
    {
        if (_random.Next(2) == 0)
        {
            lines.Add(key + ": " + Flow(items) + Comment());
            return;
        }

        var dash = new string(' ', key.Length - key.TrimStart().Length) + indent;
        lines.Add(key + ":" + Comment());
        lines.AddRange(items.Select(i => dash + "- " + Quote(i) + Comment()));
    }

    private string Flow(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    private string Quote(string value) => _random.Next(4) switch
    {
        0 => "\"" + value + "\"",
        1 => "'" + value + "'",
        _ => value,
    };

    private string Comment() => _random.Next(5) == 0 ? "  # note " + _random.Next(100).ToString(CultureInfo.InvariantCulture) : string.Empty;

    private string Pick(params string[] values) => values[_random.Next(values.Length)];
}
