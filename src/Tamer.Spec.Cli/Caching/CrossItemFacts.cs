using System.Linq;
using System.Text;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli.Caching;

/// <summary>
/// The digest of what the checks of other Work Items read of one document. For a native Work Item
/// that is what they see of its <see cref="WorkItemFacts"/>: its path, its id and the line and column
/// a duplicate id is reported at, its status, its scope's shape and paths, and its dependencies in
/// order; not where the others are in the file, so an edit above them (a criterion reworded) leaves
/// the digest as it was. Any other document (a registry entry, a rejected design, a Backlog.md task,
/// a Spec Kit or Kiro file, whose checks read more of each other) is taken whole: its digest changes
/// with any byte of it. Two runs whose files all have the same digests give every unchanged file the
/// same cross-item findings.
/// </summary>
internal static class CrossItemFacts
{
    /// <summary>
    /// True when the session's checks read nothing of another Work Item but its facts: only the
    /// built-in packs are known to; a plug-in pack may read anything, and then every file is taken whole.
    /// </summary>
    public static bool OnlyFactsAreRead(TamerSession session) =>
        session.Engine.Packs.All(p => BuiltInRulePacks.All.Any(b => b.GetType() == p.GetType()));

    /// <summary>
    /// The digest of <paramref name="document"/> (whose bytes hash to <paramref name="contentHash"/>),
    /// and its facts when it has them and <paramref name="readsFacts"/> (otherwise it is taken whole).
    /// </summary>
    public static (string Digest, byte[]? Facts) Of(WorkItemDocument document, string contentHash, bool readsFacts)
    {
        if (readsFacts && WorkItemFacts.Of(document) is { } facts && document.WorkItem is { } workItem)
        {
            var seen = new StringBuilder(256).Append("facts\n").Append(document.Path).Append('\n');
            if (workItem.Id is { } id)
            {
                var location = document.GetLocation(id.Span);
                seen.Append("id ").Append(id.Value).Append(' ').Append(location.Start).Append('-').Append(location.End).Append('\n');
            }

            seen.Append("status ").Append(workItem.Status).Append('\n').Append("scope ").Append(workItem.Scope.Shape).Append('\n');
            foreach (var path in workItem.Scope.AllPaths)
            {
                seen.Append(path.Access).Append(' ').Append(path.Text).Append('\n');
            }

            seen.Append("depends_on\n");
            foreach (var dependency in workItem.DependsOn.Items)
            {
                seen.Append(dependency.Value).Append('\n');
            }

            return (CacheBytes.Hash(seen.ToString()), CacheBytes.Of(facts.WriteTo));
        }

        var whole = "whole\n" + document.Path + "\n" + document.Profile.Name + "\n" + document.Role + "\n" + contentHash;
        return (CacheBytes.Hash(whole), null);
    }
}
