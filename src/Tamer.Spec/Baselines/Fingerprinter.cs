using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Baselines;

/// <summary>Computes the <see cref="BaselineFingerprint"/> of a diagnostic in its document.</summary>
public static class Fingerprinter
{
    /// <summary>The fingerprint of <paramref name="diagnostic"/>, which <paramref name="document"/> reported.</summary>
    public static BaselineFingerprint Of(Diagnostic diagnostic, WorkItemDocument document)
    {
        if (diagnostic is null || document is null)
        {
            throw new ArgumentNullException(diagnostic is null ? nameof(diagnostic) : nameof(document));
        }

        if (diagnostic.Location is { } location && !string.Equals(location.Path, document.Path, StringComparison.Ordinal))
        {
            // In another file of the Work Item (a Spec Kit feature's tasks.md): named by that file and its text there.
            var other = document.TextOf(location.Path);
            var found = other is not null && location.Span.End <= other.Length ? Collapse(other.ToString(location.Span)) : string.Empty;
            return new BaselineFingerprint(diagnostic.Id, WorkItemKey(document), "file:" + Path.GetFileName(location.Path), HashOf(found));
        }

        var span = diagnostic.Location?.Span ?? new TextSpan(0, 0);
        span = span.End <= document.Text.Length ? span : new TextSpan(0, 0);
        return new BaselineFingerprint(diagnostic.Id, WorkItemKey(document), NodeOf(document, span), HashOf(OffendingText(document, span)));
    }

    /// <summary>How a baseline names a Work Item: its id, or <c>file:NAME</c> for a file without one.</summary>
    public static string WorkItemKey(WorkItemDocument document) =>
        document?.Id is { Length: > 0 } id ? id : "file:" + Path.GetFileName((document ?? throw new ArgumentNullException(nameof(document))).Path);

    private static string NodeOf(WorkItemDocument document, TextSpan span)
    {
        var item = document.WorkItem;
        if (item is null)
        {
            return "text";
        }

        foreach (var criterion in item.AcceptanceCriteria.Items)
        {
            if (criterion.Id is { Length: > 0 } id && Contains(criterion.Span, span))
            {
                return "criterion:" + id;
            }
        }

        if (item.Frontmatter is { } frontmatter && Contains(item.FrontmatterSpan, span))
        {
            var path = new StringBuilder();
            YamlPath(frontmatter, span, path);
            return path.Length == 0 ? "frontmatter" : path.ToString();
        }

        var floor = item.Frontmatter is null ? 1 : document.Text.GetPosition(item.FrontmatterSpan.End).Line + 1;
        return HeadingAbove(document.Text, span.Start, floor) is { } heading ? "body:" + heading : "body";
    }

    private static void YamlPath(YamlNode node, TextSpan span, StringBuilder path)
    {
        switch (node)
        {
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (Contains(entry.Key.Span, span) || Contains(entry.Value.Span, span))
                    {
                        Append(path, entry.KeyText ?? "?");
                        YamlPath(entry.Value, span, path);
                        return;
                    }
                }

                return;
            case YamlSequence sequence:
                foreach (var child in sequence.Items)
                {
                    if (Contains(child.Span, span))
                    {
                        Append(path, "[]");
                        YamlPath(child, span, path);
                        return;
                    }
                }

                return;
        }
    }

    private static void Append(StringBuilder path, string part)
    {
        if (path.Length > 0)
        {
            path.Append('/');
        }

        path.Append(part);
    }

    private static bool Contains(TextSpan outer, TextSpan inner) => inner.Start >= outer.Start && inner.End <= outer.End;

    private static string? HeadingAbove(SourceText text, int offset, int floor)
    {
        for (var line = text.GetPosition(offset).Line; line >= floor; line--)
        {
            var content = text.GetLineText(line).Trim();
            if (content.StartsWith("#", StringComparison.Ordinal))
            {
                return Collapse(content.TrimStart('#'));
            }
        }

        return null;
    }

    // The span's text; for an empty span (something missing), the text of its line.
    private static string OffendingText(WorkItemDocument document, TextSpan span)
    {
        var text = span.Length > 0 ? document.Text.ToString(span) : string.Empty;
        if (text.Trim().Length == 0 && document.Text.Length > 0)
        {
            text = document.Text.GetLineText(document.Text.GetPosition(span.Start).Line);
        }

        return Collapse(text);
    }

    private static string Collapse(string text) =>
        string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string HashOf(string text)
    {
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var hex = new StringBuilder(16);
        for (var i = 0; i < 8; i++)
        {
            hex.Append(bytes[i].ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
