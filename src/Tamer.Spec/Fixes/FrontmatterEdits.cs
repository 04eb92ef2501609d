using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Fixes;

/// <summary>
/// Edits on frontmatter text that keep the file's style: entries are added in the mapping's own
/// form (block lines at its indentation, or inside its braces), list items in the list's form,
/// and a value keeps its quoting. Every edit only inserts or replaces the characters it is
/// about; comments, key order and the rest of the line stay as they are.
/// </summary>
public static class FrontmatterEdits
{
    /// <summary>
    /// True when the entry's value is written where the entry is, after its key: not an alias
    /// (<c>scope: *shared</c>), whose node lives at its anchor, elsewhere in the file.
    /// </summary>
    public static bool IsWrittenInPlace(YamlMappingEntry entry) =>
        (entry ?? throw new ArgumentNullException(nameof(entry))).Value.Span.Start >= entry.Key.Span.End;

    /// <summary>
    /// True when every item of the list is written inside it, one after the other: no item is an
    /// alias of a node written elsewhere. Edits that add or remove items need that.
    /// </summary>
    public static bool IsWrittenInPlace(YamlSequence sequence)
    {
        if (sequence is null)
        {
            throw new ArgumentNullException(nameof(sequence));
        }

        var previousEnd = sequence.Span.Start;
        foreach (var item in sequence.Items)
        {
            if (!sequence.Span.Contains(item.Span) || item.Span.Start < previousEnd || (item.Span.IsEmpty && item.Span.Start == previousEnd && previousEnd != sequence.Span.Start))
            {
                return false;
            }

            previousEnd = item.Span.End;
        }

        return true;
    }

    /// <summary>The number of spaces that start the line holding <paramref name="position"/>.</summary>
    public static int IndentOf(SourceText text, int position)
    {
        var start = LineStart(text, position);
        var end = start;
        while (end < text.Length && text.Text[end] == ' ')
        {
            end++;
        }

        return end - start;
    }

    /// <summary>The column (0-based) of <paramref name="position"/> in its line.</summary>
    public static int ColumnOf(SourceText text, int position) => position - LineStart(text, position);

    /// <summary>The offset where the line holding <paramref name="position"/> starts.</summary>
    public static int LineStart(SourceText text, int position)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var i = Math.Min(position, text.Length);
        while (i > 0 && text.Text[i - 1] != '\n' && text.Text[i - 1] != '\r')
        {
            i--;
        }

        return i;
    }

    /// <summary>The offset where the line after the one holding <paramref name="position"/> starts (the text's end on the last line).</summary>
    public static int NextLineStart(SourceText text, int position)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var i = Math.Min(position, text.Length);
        while (i < text.Length && text.Text[i] != '\n' && text.Text[i] != '\r')
        {
            i++;
        }

        if (i < text.Length && text.Text[i] == '\r')
        {
            i++;
        }

        if (i < text.Length && text.Text[i] == '\n')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Adds <c>key: value</c> as the last entry of <paramref name="mapping"/>: on a new line at the
    /// entries' column for a block mapping, before the closing brace for a flow one.
    /// </summary>
    public static TextEdit AddMappingEntry(SourceText text, FrontmatterStyle style, YamlMapping mapping, string key, string value) =>
        AddMappingEntries(text, style, mapping, new[] { new EntryText(key, value, null) });

    /// <summary>
    /// Adds entries after the last entry of <paramref name="mapping"/>, in one edit: one line each
    /// at the entries' column for a block mapping (with its comment, if any), or before the closing
    /// brace for a flow one (where comments cannot be written).
    /// </summary>
    public static TextEdit AddMappingEntries(SourceText text, FrontmatterStyle style, YamlMapping mapping, IReadOnlyList<EntryText> entries)
    {
        if (text is null || style is null || mapping is null || entries is null)
        {
            throw new ArgumentNullException(text is null ? nameof(text) : style is null ? nameof(style) : mapping is null ? nameof(mapping) : nameof(entries));
        }

        if (mapping.IsFlow)
        {
            var inline = string.Join(", ", entries.Select(e => e.Key + ":" + (e.Value is null ? string.Empty : " " + e.Value)));
            return mapping.Entries.Count == 0
                ? TextEdit.Insert(ClosingBracket(text, mapping), inline)
                : TextEdit.Insert(mapping.Entries[mapping.Entries.Count - 1].Value.Span.End, ", " + inline);
        }

        var column = new string(' ', mapping.Entries.Count == 0 ? IndentOf(text, mapping.Span.Start) : ColumnOf(text, mapping.Entries[0].Key.Span.Start));
        var after = LineAfter(text, mapping.Entries.Count == 0 ? mapping.Span.End : EndOf(mapping.Entries[mapping.Entries.Count - 1]));
        var lines = entries.Select(e => column + e.Key + ":" + (e.Value is null ? string.Empty : " " + e.Value) + (e.Comment is null ? string.Empty : " # " + e.Comment));
        return LinesAt(text, style, after, lines.ToList());
    }

    /// <summary>Adds lines as the last top-level entries of the frontmatter, just before its closing line.</summary>
    public static TextEdit AddTopLevelLines(WorkItemDocument document, FrontmatterStyle style, params string[] lines)
    {
        if (document is null || style is null || lines is null)
        {
            throw new ArgumentNullException(document is null ? nameof(document) : style is null ? nameof(style) : nameof(lines));
        }

        var workItem = document.WorkItem ?? throw new ArgumentException("The document has no Work Item.", nameof(document));
        var text = document.Text;
        var closing = LineStart(text, Math.Max(workItem.FrontmatterSpan.Start, LastNonBlank(text, workItem.FrontmatterSpan.End)));
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Append(line).Append(style.NewLine);
        }

        // The line before the closing one may lack a line break only when the block is empty.
        var needsBreak = closing > 0 && text.Text[closing - 1] != '\n' && text.Text[closing - 1] != '\r';
        return TextEdit.Insert(closing, (needsBreak ? style.NewLine : string.Empty) + builder);
    }

    /// <summary>
    /// Adds <paramref name="item"/> as the last item of <paramref name="sequence"/>: inside the
    /// brackets of a flow list, or as a new "- item" line at the dashes' column of a block list.
    /// Null when an item of the list is an alias.
    /// </summary>
    public static TextEdit? AddSequenceItem(SourceText text, FrontmatterStyle style, YamlSequence sequence, string item)
    {
        if (text is null || style is null || sequence is null)
        {
            throw new ArgumentNullException(text is null ? nameof(text) : style is null ? nameof(style) : nameof(sequence));
        }

        if (!IsWrittenInPlace(sequence))
        {
            return null;
        }

        if (sequence.IsFlow)
        {
            return sequence.Items.Count == 0
                ? TextEdit.Insert(ClosingBracket(text, sequence), item)
                : TextEdit.Insert(sequence.Items[sequence.Items.Count - 1].Span.End, ", " + item);
        }

        var last = sequence.Items[sequence.Items.Count - 1];
        var dash = DashBefore(text, sequence.Items[0].Span.Start);

        // An empty last item ("-" alone) has an empty span where the next token starts, which may be
        // the line that closes the frontmatter: its own dash marks its line.
        var lastEnd = last.Span.IsEmpty ? DashBefore(text, last.Span.Start) : last.Span.End;
        return LineAt(text, style, LineAfter(text, lastEnd), new string(' ', ColumnOf(text, dash)) + "- " + item);
    }

    /// <summary>
    /// Removes item <paramref name="index"/> of a list with two or more items: in a block list, or
    /// in a flow list written one item a line, with its whole line (a comment on that line goes
    /// with it, a comment on another item's line stays); in a one-line flow list, with its comma.
    /// Null when an item of the list is an alias.
    /// </summary>
    public static TextEdit? RemoveSequenceItem(SourceText text, YamlSequence sequence, int index)
    {
        if (text is null || sequence is null)
        {
            throw new ArgumentNullException(text is null ? nameof(text) : nameof(sequence));
        }

        if (sequence.Items.Count < 2 || index < 0 || index >= sequence.Items.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), "Only an item of a list with two or more items can be removed; replace the list otherwise.");
        }

        if (!IsWrittenInPlace(sequence))
        {
            return null;
        }

        var item = sequence.Items[index];
        if (!sequence.IsFlow)
        {
            var start = LineStart(text, DashBefore(text, item.Span.Start));
            return TextEdit.Delete(TextSpan.FromBounds(start, NextLineStart(text, item.Span.End)));
        }

        if (HasOwnLine(text, sequence, index))
        {
            // "[\n  a,  # why a\n  b\n]": the line goes; a comma left before "]" is valid YAML.
            var start = LineStart(text, item.Span.Start);
            return TextEdit.Delete(TextSpan.FromBounds(start, NextLineStart(text, item.Span.End)));
        }

        // "a, b, c" on one line: the comma before the item goes with it; the first item takes the comma after it.
        var from = index > 0 ? sequence.Items[index - 1].Span.End : item.Span.Start;
        var to = index > 0 ? item.Span.End : sequence.Items[1].Span.Start;
        var removed = text.Text.Substring(from, to - from);
        return removed.IndexOf('#') >= 0 || removed.IndexOf('\n') >= 0 || removed.IndexOf('\r') >= 0
            ? null
            : TextEdit.Delete(TextSpan.FromBounds(from, to));
    }

    // A flow list item alone on its line: only spaces before it, and after it at most a comma and a comment.
    private static bool HasOwnLine(SourceText text, YamlSequence sequence, int index)
    {
        var item = sequence.Items[index];
        var lineStart = LineStart(text, item.Span.Start);
        if (text.Text.Substring(lineStart, item.Span.Start - lineStart).Trim().Length > 0)
        {
            return false;
        }

        var lineEnd = NextLineStart(text, item.Span.End);
        var rest = text.Text.Substring(item.Span.End, lineEnd - item.Span.End).Trim();
        if (rest.StartsWith(",", StringComparison.Ordinal))
        {
            rest = rest.Substring(1).Trim();
        }

        return (rest.Length == 0 || rest.StartsWith("#", StringComparison.Ordinal)) && lineEnd <= sequence.Span.End - 1;
    }

    /// <summary>
    /// Replaces a scalar's value, keeping its quotes: inside the quotes when it has them; a plain
    /// value that the new text cannot be written as plain is double-quoted. Null for block scalars.
    /// </summary>
    public static TextEdit? ReplaceScalar(YamlScalar scalar, string value)
    {
        if (scalar is null || value is null)
        {
            throw new ArgumentNullException(scalar is null ? nameof(scalar) : nameof(value));
        }

        return scalar.Style switch
        {
            YamlScalarStyle.DoubleQuoted => TextEdit.Replace(scalar.ContentSpan, EscapeDoubleQuoted(value)),
            YamlScalarStyle.SingleQuoted => TextEdit.Replace(scalar.ContentSpan, value.Replace("'", "''")),
            YamlScalarStyle.Plain => TextEdit.Replace(scalar.Span, CanBePlain(value) ? value : DoubleQuoted(value)),
            _ => null,
        };
    }

    /// <summary><paramref name="value"/> as a double-quoted YAML string.</summary>
    public static string DoubleQuoted(string value) => "\"" + EscapeDoubleQuoted(value ?? throw new ArgumentNullException(nameof(value))) + "\"";

    /// <summary>True when <paramref name="value"/> reads back as the same string without quotes.</summary>
    public static bool CanBePlain(string value)
    {
        if (string.IsNullOrEmpty(value) || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]) || "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) >= 0)
        {
            return false;
        }

        if (value.Contains(": ") || value.Contains(" #") || value.EndsWith(":", StringComparison.Ordinal) || value.IndexOfAny(new[] { '\n', '\r', '\t' }) >= 0)
        {
            return false;
        }

        // Words YAML would read as something other than text.
        return value.ToLowerInvariant() is not ("true" or "false" or "yes" or "no" or "on" or "off" or "null" or "~")
            && !double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
    }

    private static string EscapeDoubleQuoted(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"");

    private static TextEdit LineAt(SourceText text, FrontmatterStyle style, int lineStart, string line) => LinesAt(text, style, lineStart, new[] { line });

    private static TextEdit LinesAt(SourceText text, FrontmatterStyle style, int lineStart, IReadOnlyList<string> lines)
    {
        // At the very end of a text without a final line break, the new lines need one before them.
        var needsBreak = lineStart > 0 && text.Text[lineStart - 1] != '\n' && text.Text[lineStart - 1] != '\r';
        var joined = string.Join(style.NewLine, lines);
        return needsBreak ? TextEdit.Insert(lineStart, style.NewLine + joined) : TextEdit.Insert(lineStart, joined + style.NewLine);
    }

    private static int ClosingBracket(SourceText text, YamlNode flow)
    {
        var end = flow.Span.End - 1;
        return end >= flow.Span.Start && (text.Text[end] == ']' || text.Text[end] == '}') ? end : flow.Span.End;
    }

    // Where an entry's text ends. A key without a value ("? key" alone) has an empty value span
    // where the next token starts, which may be the line that closes the frontmatter: the entry
    // then ends with its key.
    private static int EndOf(YamlMappingEntry entry) => entry.Value.Span.IsEmpty ? entry.Key.Span.End : entry.Value.Span.End;

    // The start of the line after the text that ends at that offset: a node that ends
    // with its line break (a block scalar) already ends there, and the next line (perhaps the one
    // that closes the frontmatter) is not skipped.
    private static int LineAfter(SourceText text, int end) =>
        end > 0 && end <= text.Length && (text.Text[end - 1] == '\n' || text.Text[end - 1] == '\r') ? end : NextLineStart(text, end);

    // The '-' that introduces a block list item, searched back from the item's text.
    private static int DashBefore(SourceText text, int itemStart)
    {
        var i = itemStart - 1;
        while (i >= 0 && text.Text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && text.Text[i] == '-' ? i : itemStart;
    }

    private static int LastNonBlank(SourceText text, int end)
    {
        var i = Math.Min(end, text.Length) - 1;
        while (i > 0 && char.IsWhiteSpace(text.Text[i]))
        {
            i--;
        }

        return i;
    }
}
