using System;
using System.Collections.Generic;
using System.Text;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Reporting;

/// <summary>
/// The other Work Items a diagnostic is about, as a rule records them in the diagnostic's
/// properties (<see cref="PropertyName"/>) for the reports: the message names a few, the JSON and
/// SARIF reports list them all (<c>relatedWorkItems</c>). One entry a line, its fields separated by
/// tabs, with backslash, tab and line breaks escaped.
/// </summary>
public static class RelatedWorkItems
{
    /// <summary>The property that holds the list.</summary>
    public const string PropertyName = "relatedWorkItems";

    /// <summary>The property value for <paramref name="items"/>, in their order.</summary>
    public static string Format(IEnumerable<RelatedWorkItem> items)
    {
        var text = new StringBuilder();
        foreach (var item in items ?? throw new ArgumentNullException(nameof(items)))
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            Escape(text, item.Id).Append('\t');
            Escape(text, item.Status).Append('\t');
            Escape(text, item.SharedPath);
        }

        return text.ToString();
    }

    /// <summary>The related Work Items a diagnostic carries, in order; empty when it carries none.</summary>
    public static IReadOnlyList<RelatedWorkItem> Of(Diagnostic diagnostic) =>
        diagnostic is not null && diagnostic.Properties.TryGetValue(PropertyName, out var value) ? Parse(value) : Array.Empty<RelatedWorkItem>();

    /// <summary>Reads a value written by <see cref="Format"/>; entries that do not have three fields are skipped.</summary>
    public static IReadOnlyList<RelatedWorkItem> Parse(string value)
    {
        var items = new List<RelatedWorkItem>();
        if (string.IsNullOrEmpty(value))
        {
            return items;
        }

        var fields = new List<string>(3);
        var field = new StringBuilder();
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : '\n';
            switch (c)
            {
                case '\\' when i + 1 < value.Length:
                    i++;
                    field.Append(value[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var other => other });
                    break;
                case '\t':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count == 3)
                    {
                        items.Add(new RelatedWorkItem(fields[0], fields[1], fields[2]));
                    }

                    fields.Clear();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        return items;
    }

    private static StringBuilder Escape(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text;
    }
}
