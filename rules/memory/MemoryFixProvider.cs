using System;
using System.Collections.Generic;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Rules.Memory;

/// <summary>
/// Suggestions (both change what the worker is held to): TMR7001 adds the governing invariant's id
/// to <c>invariants:</c> (creating the key when there is none); TMR7002 replaces an unknown id with
/// the closest one in the registry.
/// </summary>
internal sealed class MemoryFixProvider : FixProvider
{
    public override IReadOnlyList<string> FixableDiagnosticIds { get; } = new[] { MemoryDiagnostics.UnnamedInvariant.Id, MemoryDiagnostics.UnknownInvariant.Id };

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        var entry = context.WorkItem.Frontmatter?.Find("invariants");
        if (entry is not null && !FrontmatterEdits.IsWrittenInPlace(entry))
        {
            return Array.Empty<CodeFix>();
        }

        var fix = context.Diagnostic.Id == MemoryDiagnostics.UnnamedInvariant.Id ? AddReference(context, entry) : ReplaceUnknown(context, entry);
        return fix is null ? Array.Empty<CodeFix>() : new[] { fix };
    }

    private static CodeFix? AddReference(FixContext context, YamlMappingEntry? entry)
    {
        if (!context.Diagnostic.Properties.TryGetValue(GovernedWriteCheck.InvariantProperty, out var id))
        {
            return null;
        }

        var title = "name invariant '" + id + "' in invariants";
        var text = context.Document.Text;
        switch (entry?.Value)
        {
            case null:
                var root = context.WorkItem.Frontmatter;
                if (root is null || root.IsFlow)
                {
                    return null;
                }

                var column = root.Entries.Count == 0 ? 0 : FrontmatterEdits.ColumnOf(text, root.Entries[0].Key.Span.Start);
                return context.Fix(title, FixKind.Suggestion, FrontmatterEdits.AddTopLevelLines(context.Document, context.Style, new string(' ', column) + "invariants: [" + id + "]"));
            case YamlSequence list:
                return FrontmatterEdits.AddSequenceItem(text, context.Style, list, id) is { } add ? context.Fix(title, FixKind.Suggestion, add) : null;
            case YamlScalar { IsNull: true }:
                var colon = text.Text.IndexOf(':', entry.Key.Span.End);
                return colon < 0 ? null : context.Fix(title, FixKind.Suggestion, TextEdit.Insert(colon + 1, " [" + id + "]"));
            default:
                return null;
        }
    }

    private static CodeFix? ReplaceUnknown(FixContext context, YamlMappingEntry? entry)
    {
        if (!context.Diagnostic.Properties.TryGetValue(InvariantReferenceCheck.ReplacementProperty, out var nearest)
            || entry?.Value is not YamlSequence list
            || YamlNodeFinder.FindItem(list, context.Span) is not { Item: YamlScalar item }
            || FrontmatterEdits.ReplaceScalar(item, nearest) is not { } edit)
        {
            return null;
        }

        return context.Fix("replace '" + item.Value + "' with '" + nearest + "'", FixKind.Suggestion, edit);
    }
}
