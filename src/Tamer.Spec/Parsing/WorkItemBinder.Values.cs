using System.Collections.Generic;
using Tamer.Spec.Model;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Parsing;

/// <summary>Reading single values and plain lists, and recording what does not fit.</summary>
internal sealed partial class WorkItemBinder
{
    private SourcedText? ReadText(YamlMappingEntry entry, string key)
    {
        if (entry.Value is YamlScalar scalar)
        {
            if (scalar.IsNull)
            {
                return null;
            }

            var text = scalar.GetSourcedText(_source).Trim();
            return text.Value.Length == 0 ? null : text;
        }

        WrongType(key, entry.Value, "a string");
        return null;
    }

    private DeclaredList<SourcedText> ReadTextList(YamlMappingEntry entry, string key, string expected)
    {
        var items = new List<SourcedText>();
        switch (entry.Value)
        {
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } scalar)
                    {
                        items.Add(scalar.GetSourcedText(_source).Trim());
                    }
                    else
                    {
                        WrongType(key, item, "a string");
                    }
                }

                break;
            case YamlScalar { IsNull: true }:
                break;
            case YamlScalar single:
                // A lone value where a list belongs: reported, and still read as a one-item list.
                WrongType(key, single, expected);
                items.Add(single.GetSourcedText(_source).Trim());
                break;
            default:
                WrongType(key, entry.Value, expected);
                break;
        }

        return new DeclaredList<SourcedText>(ListOrigin.Frontmatter, entry.Key.Span, items, null);
    }

    private EstimateDeclaration? ReadEstimate(YamlMappingEntry entry)
    {
        if (entry.Value is YamlScalar { IsNull: true })
        {
            return new EstimateDeclaration(entry.Key.Span, entry.Value.Span, null, null, null, null);
        }

        if (entry.Value is not YamlMapping mapping)
        {
            WrongType("estimate", entry.Value, "a mapping with diff_lines and files");
            return null;
        }

        long? diffLines = null;
        long? files = null;
        TextSpan? diffLinesSpan = null;
        TextSpan? filesSpan = null;
        foreach (var item in mapping.Entries)
        {
            switch (item.KeyText)
            {
                case "diff_lines":
                    diffLines = ReadCount(item, "estimate.diff_lines");
                    diffLinesSpan = item.Value.Span;
                    break;
                case "files":
                    files = ReadCount(item, "estimate.files");
                    filesSpan = item.Value.Span;
                    break;
                default:
                    UnknownKeyIn(item, "estimate", WorkItemFormat.EstimateKeys);
                    break;
            }
        }

        return new EstimateDeclaration(entry.Key.Span, mapping.Span, diffLines, diffLinesSpan, files, filesSpan);
    }

    private long? ReadCount(YamlMappingEntry entry, string key)
    {
        if (entry.Value is YamlScalar scalar && scalar.TryGetInteger(out var value) && value >= 0)
        {
            return value;
        }

        WrongType(key, entry.Value, "a whole number of 0 or more");
        return null;
    }

    private IReadOnlyList<SuppressionEntry> ReadSuppressions(YamlMappingEntry entry)
    {
        var entries = new List<SuppressionEntry>();
        if (entry.Value is YamlScalar { IsNull: true })
        {
            return entries;
        }

        if (entry.Value is not YamlMapping mapping)
        {
            WrongType("suppress", entry.Value, "a mapping of diagnostic IDs to justifications");
            return entries;
        }

        foreach (var item in mapping.Entries)
        {
            if (item.Key is not YamlScalar id)
            {
                WrongType("suppress", item.Key, "a diagnostic ID");
                continue;
            }

            if (item.Value is not YamlScalar justification)
            {
                WrongType("suppress." + id.Value, item.Value, "a justification sentence");
                continue;
            }

            var text = justification.IsNull ? string.Empty : justification.Value.Trim();
            var span = justification.IsNull ? id.Span : justification.Span;
            entries.Add(new SuppressionEntry(id.Value.Trim(), id.Span, text, span));
        }

        return entries;
    }

    private void WrongType(string key, YamlNode node, string expected)
    {
        _parts.SchemaProblems.Add(new SchemaProblem(SchemaProblemKind.WrongType, node.Span, key, container: null, Found(node), expected, suggestion: null));
    }

    // How a found value reads in a message: nothing, 'plain', "quoted" (a quoted string), a list, a mapping.
    private static string Found(YamlNode node)
    {
        const int longest = 40;
        return node switch
        {
            YamlScalar { IsNull: true } => "nothing",
            YamlScalar { Value.Length: > longest } => "a long string",
            YamlScalar { Style: YamlScalarStyle.SingleQuoted or YamlScalarStyle.DoubleQuoted } quoted => "\"" + quoted.Value + "\" (a quoted string)",
            YamlScalar scalar => "'" + scalar.Value + "'",
            _ => node.KindDescription,
        };
    }

    private void UnknownKeyIn(YamlMappingEntry entry, string container, IEnumerable<string> known)
    {
        if (entry.Key is YamlScalar key)
        {
            UnknownKey(key.Span, key.Value, container, Spelling.DidYouMean.Find(key.Value, known));
        }
        else
        {
            UnknownKey(entry.Key.Span, "(" + entry.Key.KindDescription + ")", container, suggestion: null);
        }
    }

    private void UnknownKey(TextSpan span, string key, string? container, string? suggestion) =>
        _parts.SchemaProblems.Add(new SchemaProblem(SchemaProblemKind.UnknownKey, span, key, container, "'" + key + "'", "a known key", suggestion));
}
