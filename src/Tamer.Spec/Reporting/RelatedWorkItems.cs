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

    private static readonly char[] Special = { '\\', '\t', '\n', '\r' };

    /// <summary>The property value for <paramref name="items"/>, in their order.</summary>
    public static string Format(IEnumerable<RelatedWorkItem> items)
    {
        var list = (items ?? throw new ArgumentNullException(nameof(items))) as IReadOnlyCollection<RelatedWorkItem> ?? new List<RelatedWorkItem>(items);
        var length = 0;
        foreach (var item in list)
        {
            length += item.Id.Length + item.Status.Length + item.SharedPath.Length + 3;
        }

        var text = new StringBuilder(length);
        foreach (var item in list)
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

        var fields = new string[3];
        for (var start = 0; start <= value.Length;)
        {
            var end = value.IndexOf('\n', start);
            end = end < 0 ? value.Length : end;
            var count = 0;
            for (var field = start; field <= end && count <= fields.Length;)
            {
                var tab = value.IndexOf('\t', field, end - field);
                var stop = tab < 0 ? end : tab;
                if (count < fields.Length)
                {
                    fields[count] = Unescape(value, field, stop);
                }

                count++;
                field = stop + 1;
            }

            if (count == fields.Length)
            {
                items.Add(new RelatedWorkItem(fields[0], fields[1], fields[2]));
            }

            start = end + 1;
        }

        return items;
    }

    private static string Unescape(string value, int start, int end)
    {
        if (value.IndexOf('\\', start, end - start) < 0)
        {
            return value.Substring(start, end - start);
        }

        var text = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = value[i];
            if (c == '\\' && i + 1 < end)
            {
                i++;
                c = value[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var other => other };
            }

            text.Append(c);
        }

        return text.ToString();
    }

    private static StringBuilder Escape(StringBuilder text, string value)
    {
        if (value.IndexOfAny(Special) < 0)
        {
            return text.Append(value);
        }

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
