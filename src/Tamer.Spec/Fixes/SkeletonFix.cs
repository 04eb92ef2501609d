using System.Linq;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Fixes;

/// <summary>
/// A suggestion that adds a top-level key the author has to fill in: the key with no value and a
/// commented example line showing the expected shape. The key stays empty on purpose, so the
/// diagnostic that asked for it goes on asking until the author writes the entries; the fixer
/// never invents them.
/// </summary>
public static class SkeletonFix
{
    /// <summary>The fix, or null when the key is already there or the frontmatter is not a block mapping.</summary>
    public static CodeFix? AddKey(FixContext context, string key, string exampleEntry)
    {
        if (context is null || key is null || exampleEntry is null)
        {
            throw new System.ArgumentNullException(context is null ? nameof(context) : key is null ? nameof(key) : nameof(exampleEntry));
        }

        var root = context.WorkItem.Frontmatter;
        if (root is null || root.IsFlow || root.Entries.Any(e => e.KeyText == key))
        {
            return null;
        }

        var column = root.Entries.Count == 0 ? 0 : FrontmatterEdits.ColumnOf(context.Document.Text, root.Entries[0].Key.Span.Start);
        var indent = new string(' ', column);
        var edit = FrontmatterEdits.AddTopLevelLines(context.Document, context.Style, indent + key + ":", indent + context.Style.IndentUnit + "# - " + exampleEntry);
        return context.Fix("insert '" + key + ":' with an example to fill in", FixKind.Suggestion, edit);
    }
}
