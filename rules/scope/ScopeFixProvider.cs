using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Model;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Rules.Scope;

/// <summary>
/// Fixes for the scope's shape: TMR1002 rewrites a legacy scope as <c>write:</c> with the same
/// paths plus <c>extend_scope: false</c> (safe; <c>read_only</c> and <c>forbidden</c> stay absent,
/// so TMR1007 then asks for them); TMR1005 adds a missing <c>extend_scope: false</c> (safe) or
/// turns <c>true</c> into <c>false</c> (a suggestion: it takes back a permission); TMR1007 adds
/// the missing lists with no value, for the author to fill (a suggestion: an empty list would be
/// a decision).
/// </summary>
internal sealed class ScopeFixProvider : FixProvider
{
    public override IReadOnlyList<string> FixableDiagnosticIds { get; } = new[]
    {
        ScopeDiagnostics.LegacyShape.Id, ScopeDiagnostics.ExtendScopeNotFalse.Id, ScopeDiagnostics.MissingReadOnlyOrForbidden.Id,
    };

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        var scope = context.WorkItem.Scope;
        if (scope.Value is null || scope.Value.Span.Start < scope.KeySpan.End)
        {
            // No scope, or an alias of a node written elsewhere: an edit there would change both.
            return Array.Empty<CodeFix>();
        }

        var fix = context.Diagnostic.Id switch
        {
            "TMR1002" => LegacyToFormat2(context, scope),
            "TMR1005" => ExtendScopeFalse(context, scope),
            "TMR1007" => MissingLists(context, scope),
            _ => null,
        };
        return fix is null ? Array.Empty<CodeFix>() : new[] { fix };
    }

    private static CodeFix? LegacyToFormat2(FixContext context, ScopeDeclaration scope)
    {
        var text = context.Document.Text;
        var style = context.Style;
        switch (scope.Value)
        {
            case YamlSequence { Items.Count: > 0 } list:
                var keyColumn = FrontmatterEdits.ColumnOf(text, scope.KeySpan.Start);
                var inner = new string(' ', keyColumn) + style.IndentUnit;
                var closing = TextEdit.Insert(FrontmatterEdits.NextLineStart(text, list.Span.End), inner + "extend_scope: false" + style.NewLine);
                return list.IsFlow ? FlowListToWrite(context, scope, list, inner, closing) : BlockListToWrite(context, list, inner, closing);
            case YamlMapping mapping when mapping.Find(WorkItemFormat.LegacyScopePathsKey) is { Key: YamlScalar key }:
                var edits = new List<TextEdit> { FrontmatterEdits.ReplaceScalar(key, "write")! };
                if (mapping.Find("extend_scope") is null && !HasLookalike(mapping, "extend_scope"))
                {
                    edits.Add(FrontmatterEdits.AddMappingEntry(text, style, mapping, "extend_scope", "false"));
                }

                return context.Fix("rename 'paths' to 'write'" + (edits.Count > 1 ? " and add extend_scope: false" : string.Empty), FixKind.Safe, edits.ToArray());
            default:
                return null;
        }
    }

    // "scope: [a, b]" → "scope:" / "  write: [a, b]" / "  extend_scope: false"; the list keeps its text.
    private static CodeFix? FlowListToWrite(FixContext context, ScopeDeclaration scope, YamlSequence list, string inner, TextEdit closing)
    {
        var text = context.Document.Text;
        var colon = text.Text.IndexOf(':', scope.KeySpan.End);
        if (colon < 0 || colon >= list.Span.Start || text.Text.Substring(colon + 1, list.Span.Start - colon - 1).Trim().Length > 0)
        {
            return null;
        }

        var edits = new List<TextEdit> { TextEdit.Replace(TextSpan.FromBounds(colon + 1, list.Span.Start), context.Style.NewLine + inner + "write: ") };

        // A list written over several lines moves one level in with its key.
        for (var line = FrontmatterEdits.NextLineStart(text, list.Span.Start); line < list.Span.End; line = FrontmatterEdits.NextLineStart(text, line))
        {
            if (!IsBlank(text, line))
            {
                edits.Add(TextEdit.Insert(line, context.Style.IndentUnit));
            }
        }

        edits.Add(closing);
        return context.Fix("rewrite the legacy scope as write: with the same paths and extend_scope: false", FixKind.Safe, edits.ToArray());
    }

    // A block list moves one level in, under a new "write:" line; every line of it keeps its text.
    private static CodeFix BlockListToWrite(FixContext context, YamlSequence list, string inner, TextEdit closing)
    {
        var text = context.Document.Text;
        var unit = context.Style.IndentUnit;
        var first = FrontmatterEdits.LineStart(text, DashOf(text, list.Items[0].Span.Start));
        var end = FrontmatterEdits.NextLineStart(text, list.Span.End);
        var edits = new List<TextEdit> { TextEdit.Insert(first, inner + "write:" + context.Style.NewLine + unit) };
        for (var line = FrontmatterEdits.NextLineStart(text, first); line < end; line = FrontmatterEdits.NextLineStart(text, line))
        {
            if (!IsBlank(text, line))
            {
                edits.Add(TextEdit.Insert(line, unit));
            }
        }

        edits.Add(closing);
        return context.Fix("rewrite the legacy scope as write: with the same paths and extend_scope: false", FixKind.Safe, edits.ToArray());
    }

    private static CodeFix? ExtendScopeFalse(FixContext context, ScopeDeclaration scope)
    {
        if (scope.ExtendScope is null)
        {
            // "extend_scop: true" is a typo of the key the author did write: adding the key beside
            // it would overrule what they meant, so only the rename (TMR0005) is offered.
            return scope.Value is YamlMapping mapping && !HasLookalike(mapping, "extend_scope")
                ? context.Fix("add extend_scope: false", FixKind.Safe, FrontmatterEdits.AddMappingEntry(context.Document.Text, context.Style, mapping, "extend_scope", "false"))
                : null;
        }

        return scope.ExtendScope is { Value: true, Node: YamlScalar { Style: YamlScalarStyle.Plain } node }
            ? context.Fix("set extend_scope to false", FixKind.Suggestion, TextEdit.Replace(node.Span, "false"))
            : null;
    }

    private static CodeFix? MissingLists(FixContext context, ScopeDeclaration scope)
    {
        if (scope.Value is not YamlMapping mapping)
        {
            return null;
        }

        var entries = new List<EntryText>();
        if (mapping.Find("read_only") is null && !HasLookalike(mapping, "read_only"))
        {
            entries.Add(new EntryText("read_only", null, "paths the change may read but not modify"));
        }

        if (mapping.Find("forbidden") is null && !HasLookalike(mapping, "forbidden"))
        {
            entries.Add(new EntryText("forbidden", null, "paths the change must not read or modify"));
        }

        if (entries.Count == 0)
        {
            return null;
        }

        var title = "add " + string.Join(" and ", entries.Select(e => e.Key)) + " for the author to fill in";
        return context.Fix(title, FixKind.Suggestion, FrontmatterEdits.AddMappingEntries(context.Document.Text, context.Style, mapping, entries));
    }

    // A key that is probably a misspelling of 'key' ("extend_scop", "readonly").
    private static bool HasLookalike(YamlMapping mapping, string key) =>
        mapping.Entries.Any(e => e.KeyText is { } written && !WorkItemFormat.ScopeKeys.Contains(written) && Spelling.DidYouMean.Find(written, new[] { key }) is not null);

    private static int DashOf(SourceText text, int itemStart)
    {
        var i = itemStart - 1;
        while (i >= 0 && text.Text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && text.Text[i] == '-' ? i : itemStart;
    }

    private static bool IsBlank(SourceText text, int lineStart) =>
        text.Text.Substring(lineStart, FrontmatterEdits.NextLineStart(text, lineStart) - lineStart).Trim().Length == 0;
}
