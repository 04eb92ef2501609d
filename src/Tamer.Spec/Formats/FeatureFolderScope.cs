using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Paths;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Formats;

/// <summary>
/// Gives a feature folder's Work Item (a Spec Kit spec.md, a Kiro requirements.md) the write scope
/// the folder's other files name: the paths of a Spec Kit tasks.md's tasks, a Kiro design.md's file
/// list. Each path keeps its span in the file that names it (see <see cref="JoinedFile"/>), so that
/// the scope rules and the dependencies pack read the paths as any write path, and what they report
/// about one lands on its line and column in tasks.md or design.md. The paths join a
/// <c>## Scope</c> section's write list when the Work Item has one (a path named twice counts once,
/// where it is first named); the section's read_only, forbidden and extend_scope are kept.
/// </summary>
internal static class FeatureFolderScope
{
    /// <summary>The documents with every feature folder's Work Item joined with the write paths of its folder's other files.</summary>
    /// <remarks>A document joined by another workspace is joined again from the document as read, with this workspace's files.</remarks>
    public static IReadOnlyList<WorkItemDocument> Join(IReadOnlyList<WorkItemDocument> documents)
    {
        if (documents.Any(d => d.AsRead is not null))
        {
            documents = documents.Select(d => d.AsRead ?? d).ToList();
        }

        Dictionary<(FormatProfile, string), List<WorkItemDocument>>? companions = null;
        foreach (var document in documents)
        {
            if (document.Role == DocumentRole.Companion && document.Profile is FeatureFolderProfile profile && profile.ScopePaths(document).Count > 0)
            {
                companions ??= new Dictionary<(FormatProfile, string), List<WorkItemDocument>>();
                var key = (document.Profile, FeatureFolder.Of(document.Path));
                if (!companions.TryGetValue(key, out var list))
                {
                    list = new List<WorkItemDocument>();
                    companions.Add(key, list);
                }

                list.Add(document);
            }
        }

        if (companions is null)
        {
            return documents;
        }

        var joined = new List<WorkItemDocument>(documents.Count);
        foreach (var document in documents)
        {
            joined.Add(document.Role == DocumentRole.WorkItem && document.WorkItem is not null && document.Profile is FeatureFolderProfile profile
                && companions.TryGetValue((document.Profile, FeatureFolder.Of(document.Path)), out var files)
                ? Join(document, profile, files.OrderBy(f => f.Path, StringComparer.Ordinal))
                : document);
        }

        return joined;
    }

    private static WorkItemDocument Join(WorkItemDocument document, FeatureFolderProfile profile, IEnumerable<WorkItemDocument> companions)
    {
        var workItem = document.WorkItem!;
        var scope = workItem.Scope;
        var entries = new List<PathEntry>(scope.Write?.Entries ?? Array.Empty<PathEntry>());
        var named = new HashSet<string>(entries.Select(e => Key(e.Text)), StringComparer.Ordinal);
        var files = new List<JoinedFile>();
        var start = document.Extent + 1;
        foreach (var companion in companions)
        {
            var file = new JoinedFile(companion.Path, companion.Text, start);
            start = file.End + 1;
            files.Add(file);
            foreach (var (path, span) in profile.ScopePaths(companion))
            {
                if (named.Add(Key(path)))
                {
                    var placed = file.Place(span);
                    entries.Add(new PathEntry(ScopeAccess.Write, new YamlScalar(placed, placed, path, YamlScalarStyle.Plain, null)));
                }
            }
        }

        var write = scope.Write is { } section
            ? new PathList(ScopeAccess.Write, section.KeySpan, section.Value, entries)
            : new PathList(ScopeAccess.Write, entries[0].Span, entries[0].Node, entries);
        var keySpan = scope.Shape == ScopeShape.Missing ? workItem.OpeningLineSpan : scope.KeySpan;
        var joined = new ScopeDeclaration(ScopeShape.Mapping, keySpan, scope.Value, write, scope.ReadOnly, scope.Forbidden, scope.ExtendScope, Array.Empty<PathEntry>());
        return document.Join(workItem.With(joined, workItem.Status), files);
    }

    // Paths compare as the scope's patterns do ("./src/a.py" is "src/a.py").
    private static string Key(string path) => PathPattern.Parse(path) is { IsValid: true } pattern ? pattern.Normalized : path;
}
