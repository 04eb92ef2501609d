using System.Collections.Generic;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Rules.Format;

/// <summary>
/// Suggestions for the format rule: TMR0005 renames an unknown key to the known key it is
/// closest to (never onto a key the mapping already has); TMR0007 writes the value an author most
/// likely meant (<c>status: doing</c> → <c>in_progress</c>, <c>extend_scope: "no"</c> →
/// <c>false</c>). Both change what the file says, so neither is applied by <c>--fix</c>.
/// </summary>
internal sealed class FormatFixProvider : FixProvider
{
    /// <summary>The property that carries the key or value a suggestion writes.</summary>
    public const string ReplacementProperty = "replacement";

    public override IReadOnlyList<string> FixableDiagnosticIds { get; } = new[] { FormatDiagnostics.UnknownKey.Id, FormatDiagnostics.WrongType.Id };

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        if (!context.Diagnostic.Properties.TryGetValue(ReplacementProperty, out var replacement)
            || YamlNodeFinder.FindEntry(context.WorkItem.Frontmatter, context.Span) is not { } found)
        {
            yield break;
        }

        var (mapping, entry) = found;
        if (!FrontmatterEdits.IsWrittenInPlace(entry))
        {
            yield break;
        }

        if (context.Diagnostic.Id == FormatDiagnostics.UnknownKey.Id)
        {
            if (entry.Key.Span == context.Span && entry.Key is YamlScalar key && mapping.Find(replacement) is null
                && FrontmatterEdits.ReplaceScalar(key, replacement) is { } rename)
            {
                yield return context.Fix("rename '" + key.Value + "' to '" + replacement + "'", FixKind.Suggestion, rename);
            }
        }
        else if (entry.Value.Span == context.Span && entry.Value is YamlScalar value && !value.Span.IsEmpty)
        {
            yield return context.Fix("write " + replacement + " instead of '" + value.Value + "'", FixKind.Suggestion, TextEdit.Replace(value.Span, replacement));
        }
    }
}
