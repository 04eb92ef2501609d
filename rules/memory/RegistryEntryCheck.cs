using System.Linq;
using Tamer.Spec.Memory;

namespace Tamer.Spec.Rules.Memory;

/// <summary>
/// A registry entry: its shape (TMR7007), a consequence (TMR7004), an id no other entry has
/// (TMR7005) and, when the host gives the repository's files and TMR7006 is turned on, an
/// <c>applies_to</c> whose literal part exists.
/// </summary>
internal static class RegistryEntryCheck
{
    public static void Run(RuleContext context, InvariantRecord entry)
    {
        foreach (var problem in entry.Problems)
        {
            context.Report(MemoryDiagnostics.MalformedRegistryEntry, problem.Span, problem.Message);
        }

        if (entry.Id is { } id && entry.Statement is not null && entry.Consequence is null)
        {
            context.Report(MemoryDiagnostics.RegistryEntryWithoutConsequence, id.Span, id.Value);
        }

        if (entry.Id is { } named)
        {
            var others = RegistryIds.Of(context.Workspace).Find(named.Value).Where(e => !ReferenceEquals(e, entry)).Select(e => e.Path).ToList();
            if (others.Count > 0)
            {
                context.Report(MemoryDiagnostics.DuplicateInvariantId, named.Span, named.Value, string.Join(", ", others));
            }
        }

        if (context.Repository is { } repository && context.IsEnabled(MemoryDiagnostics.AppliesToNothing))
        {
            foreach (var governed in entry.AppliesTo)
            {
                var pattern = governed.Pattern;
                var literal = string.Join("/", pattern.Segments.Take(pattern.LiteralSegmentCount));
                var exists = literal.Length == 0
                    || (pattern.IsGlob || pattern.IsFolder ? repository.DirectoryExists(literal) : repository.FileExists(literal) || repository.DirectoryExists(literal));
                if (!exists)
                {
                    context.Report(MemoryDiagnostics.AppliesToNothing, governed.Text.Span, governed.Text.Value, literal);
                }
            }
        }
    }
}
