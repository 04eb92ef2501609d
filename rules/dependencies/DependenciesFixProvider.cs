using System;
using System.Collections.Generic;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// Fixes for <c>depends_on</c>: TMR4005 removes a repeated entry or the Work Item's own id (safe:
/// the list means the same without it); TMR4001 replaces an unknown id with the closest known one
/// and TMR4004 adds the overlapping Work Item's id (suggestions: both change what waits for what).
/// </summary>
internal sealed class DependenciesFixProvider : FixProvider
{
    public const string ReplacementProperty = "replacement";
    public const string DependencyProperty = "dependency";

    public override IReadOnlyList<string> FixableDiagnosticIds { get; } = new[]
    {
        DependenciesDiagnostics.UnknownDependency.Id, DependenciesDiagnostics.UndeclaredOverlap.Id, DependenciesDiagnostics.RedundantDependency.Id,
    };

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        var entry = context.WorkItem.Frontmatter?.Find("depends_on");
        if (entry is not null && !FrontmatterEdits.IsWrittenInPlace(entry))
        {
            return Array.Empty<CodeFix>();
        }

        var fix = context.Diagnostic.Id switch
        {
            "TMR4001" => ReplaceUnknown(context, entry),
            "TMR4004" => AddDependency(context, entry),
            "TMR4005" => RemoveRedundant(context, entry),
            _ => null,
        };
        return fix is null ? Array.Empty<CodeFix>() : new[] { fix };
    }

    private static CodeFix? ReplaceUnknown(FixContext context, YamlMappingEntry? entry)
    {
        if (!context.Diagnostic.Properties.TryGetValue(ReplacementProperty, out var nearest)
            || entry?.Value is not YamlSequence list
            || YamlNodeFinder.FindItem(list, context.Span) is not { Item: YamlScalar item }
            || FrontmatterEdits.ReplaceScalar(item, nearest) is not { } edit)
        {
            return null;
        }

        return context.Fix("replace '" + item.Value + "' with '" + nearest + "'", FixKind.Suggestion, edit);
    }

    private static CodeFix? AddDependency(FixContext context, YamlMappingEntry? entry)
    {
        if (!context.Diagnostic.Properties.TryGetValue(DependencyProperty, out var id))
        {
            return null;
        }

        var title = "add '" + id + "' to depends_on";
        var text = context.Document.Text;
        switch (entry?.Value)
        {
            case null:
                return AddDependsOnKey(context, id, title);
            case YamlSequence list:
                return FrontmatterEdits.AddSequenceItem(text, context.Style, list, FrontmatterEdits.CanBePlain(id) ? id : FrontmatterEdits.DoubleQuoted(id)) is { } add
                    ? context.Fix(title, FixKind.Suggestion, add)
                    : null;
            case YamlScalar { IsNull: true }:
                var colon = text.Text.IndexOf(':', entry.Key.Span.End);
                return colon < 0 ? null : context.Fix(title, FixKind.Suggestion, TextEdit.Insert(colon + 1, " [" + id + "]"));
            default:
                return null;
        }
    }

    private static CodeFix? AddDependsOnKey(FixContext context, string id, string title)
    {
        var root = context.WorkItem.Frontmatter;
        if (root is null || root.IsFlow)
        {
            return null;
        }

        var column = root.Entries.Count == 0 ? 0 : FrontmatterEdits.ColumnOf(context.Document.Text, root.Entries[0].Key.Span.Start);
        return context.Fix(title, FixKind.Suggestion, FrontmatterEdits.AddTopLevelLines(context.Document, context.Style, new string(' ', column) + "depends_on: [" + id + "]"));
    }

    private static CodeFix? RemoveRedundant(FixContext context, YamlMappingEntry? entry)
    {
        if (entry?.Value is not YamlSequence list || YamlNodeFinder.FindItem(list, context.Span) is not { } found)
        {
            return null;
        }

        var title = "remove the repeated '" + ((found.Item as YamlScalar)?.Value ?? "entry") + "' from depends_on";
        if (list.Items.Count > 1)
        {
            return FrontmatterEdits.RemoveSequenceItem(context.Document.Text, list, found.Index) is { } remove
                ? context.Fix(title, FixKind.Safe, remove)
                : null;
        }

        // The only entry (the Work Item's own id): the list becomes empty.
        var text = context.Document.Text;
        if (list.IsFlow)
        {
            return context.Fix(title, FixKind.Safe, TextEdit.Replace(list.Span, "[]"));
        }

        var colon = text.Text.IndexOf(':', entry.Key.Span.End);
        var start = FrontmatterEdits.LineStart(text, list.Span.Start);
        var end = FrontmatterEdits.NextLineStart(text, list.Span.End);
        return colon < 0 || colon > start
            ? null
            : context.Fix(title, FixKind.Safe, TextEdit.Insert(colon + 1, " []"), TextEdit.Delete(TextSpan.FromBounds(start, end)));
    }
}
