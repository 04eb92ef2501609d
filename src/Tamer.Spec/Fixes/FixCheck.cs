using System;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Fixes;

/// <summary>
/// Whether a fix, applied alone, leaves its file sound: it still parses with no more problems
/// than before, keeps its Work Item and its id, and loses no top-level entry. A fix that fails
/// this is not offered at all, so that the report never promises a fix that would damage the
/// file or that <c>--fix</c> would have to drop.
/// </summary>
public static class FixCheck
{
    /// <summary>True when <paramref name="fix"/> keeps <paramref name="document"/> sound.</summary>
    public static bool KeepsFileSound(WorkItemDocument document, CodeFix fix)
    {
        if (document is null || fix is null)
        {
            throw new ArgumentNullException(document is null ? nameof(document) : nameof(fix));
        }

        var before = document.WorkItem;
        if (before is null)
        {
            return false;
        }

        var text = FixApplier.ApplyEdits(document.Text.Text, fix.Edits);
        var fixedDocument = WorkItemParser.Parse(document.Path, text, null, document.Profile);
        var after = fixedDocument.WorkItem;
        return after is not null
            && fixedDocument.Problems.Count <= document.Problems.Count
            && string.Equals(after.Id?.Value, before.Id?.Value, StringComparison.Ordinal)
            && (after.Frontmatter?.Entries.Count ?? 0) >= (before.Frontmatter?.Entries.Count ?? 0);
    }
}
