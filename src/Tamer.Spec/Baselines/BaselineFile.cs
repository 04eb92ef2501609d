using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Baselines;

/// <summary>
/// Reads and writes <c>.tamer-baseline.json</c>: <c>{ "version": 1, "entries": [ … ] }</c>, one
/// entry per recorded diagnostic, sorted by Work Item, ID, node and hash, so that the file diffs
/// well. A file that does not read is an error naming the file and the line, never a crash.
/// </summary>
public static class BaselineFile
{
    /// <summary>The file name <c>tamer-lint baseline</c> writes when <c>.tamer.yml</c> names none.</summary>
    public const string DefaultName = ".tamer-baseline.json";

    /// <summary>The format version.</summary>
    public const int FormatVersion = 1;

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Reads a baseline; <paramref name="error"/> says why it could not be (and the result is null).</summary>
    public static Baseline? Load(string path, string displayPath, DateTime today, out string? error)
    {
        string text;
        try
        {
            text = File.ReadAllText(path ?? throw new ArgumentNullException(nameof(path)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = "cannot read the baseline file " + displayPath + ": " + exception.Message;
            return null;
        }

        var entries = Parse(text, out var problem);
        error = problem is null ? null : "the baseline file " + displayPath + " is not valid: " + problem;
        return problem is null ? new Baseline(entries!, today) : null;
    }

    /// <summary>Reads baseline text; <paramref name="problem"/> says what is wrong and where (<c>line 3: …</c>).</summary>
    public static IReadOnlyList<BaselineEntry>? Parse(string text, out string? problem)
    {
        var source = SourceText.From(text ?? throw new ArgumentNullException(nameof(text)));
        var tree = YamlTreeBuilder.Build(source, new TextSpan(0, source.Length), ParseLimits.Default);
        if (tree.Problems.Count > 0)
        {
            problem = At(source, tree.Problems[0].Span, "it is not JSON (" + string.Join(": ", tree.Problems[0].Arguments.Select(a => a?.ToString())) + ")");
            return null;
        }

        if (tree.Root is not YamlMapping root)
        {
            problem = "it must be an object with \"version\" and \"entries\"";
            return null;
        }

        if (root.Find("version")?.Value is not YamlScalar version || !version.TryGetInteger(out var number) || number != FormatVersion)
        {
            problem = At(source, root.Find("version")?.Value.Span ?? root.Span, "\"version\" must be " + FormatVersion.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        var list = root.Find("entries")?.Value;
        if (list is not YamlSequence sequence)
        {
            problem = At(source, list?.Span ?? root.Span, "\"entries\" must be a list");
            return null;
        }

        var entries = new List<BaselineEntry>();
        foreach (var item in sequence.Items)
        {
            if (ReadEntry(item, source, out problem) is not { } entry)
            {
                return null;
            }

            entries.Add(entry);
        }

        problem = null;
        return entries;
    }

    /// <summary>Writes <paramref name="entries"/> in file order.</summary>
    public static void Write(IEnumerable<BaselineEntry> entries, TextWriter output)
    {
        var json = new JsonWriter(output ?? throw new ArgumentNullException(nameof(output)));
        json.StartObject();
        json.Property("version", FormatVersion);
        json.Name("entries").StartArray();
        foreach (var entry in (entries ?? throw new ArgumentNullException(nameof(entries))).OrderBy(e => e.Fingerprint))
        {
            json.StartObject()
                .Property("workItem", entry.Fingerprint.WorkItem)
                .Property("id", entry.Fingerprint.DiagnosticId)
                .Property("node", entry.Fingerprint.Node)
                .Property("hash", entry.Fingerprint.Hash)
                .Property("message", entry.Message)
                .Property("owner", entry.Owner)
                .Property("reason", entry.Reason)
                .Property("expires", entry.Expires?.ToString(DateFormat, CultureInfo.InvariantCulture));
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        output.WriteLine();
    }

    private static BaselineEntry? ReadEntry(YamlNode item, SourceText source, out string? problem)
    {
        problem = null;
        if (item is not YamlMapping mapping)
        {
            problem = At(source, item.Span, "each entry must be an object");
            return null;
        }

        string? Text(string key, bool required, out string? missing)
        {
            missing = null;
            var value = mapping.Find(key)?.Value;
            if (value is YamlScalar { IsNull: false } scalar)
            {
                return scalar.Value;
            }

            if (required || (value is not null && value is not YamlScalar { IsNull: true }))
            {
                missing = At(source, value?.Span ?? mapping.Span, "\"" + key + "\" must be " + (required ? "a string" : "a string or null"));
            }

            return null;
        }

        var workItem = Text("workItem", true, out problem);
        var id = problem is null ? Text("id", true, out problem) : null;
        var node = problem is null ? Text("node", true, out problem) : null;
        var hash = problem is null ? Text("hash", true, out problem) : null;
        var message = problem is null ? Text("message", false, out problem) : null;
        var owner = problem is null ? Text("owner", false, out problem) : null;
        var reason = problem is null ? Text("reason", false, out problem) : null;
        var expiresText = problem is null ? Text("expires", false, out problem) : null;
        if (problem is not null)
        {
            return null;
        }

        DateTime? expires = null;
        if (expiresText is not null)
        {
            if (!DateTime.TryParseExact(expiresText, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problem = At(source, mapping.Find("expires")!.Value.Span, "\"expires\" must be a date written " + DateFormat + ", found '" + expiresText + "'");
                return null;
            }

            expires = date;
        }

        return new BaselineEntry(new BaselineFingerprint(id!, workItem!, node!, hash!), message ?? string.Empty, owner, reason, expires);
    }

    private static string At(SourceText source, TextSpan span, string detail)
    {
        var position = source.GetPosition(Math.Min(span.Start, source.Length));
        return "line " + position.Line.ToString(CultureInfo.InvariantCulture) + ", column " + position.Column.ToString(CultureInfo.InvariantCulture) + ": " + detail;
    }
}
