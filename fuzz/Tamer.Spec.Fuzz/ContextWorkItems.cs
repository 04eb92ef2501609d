using System.Collections.Generic;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Fuzz;

/// <summary>
/// Two fixed Work Items beside each fuzzed one, so that the cross-Work-Item checks (duplicate ids,
/// dependencies that are unknown, unfinished or cyclic, overlapping scopes) have something to
/// compare with. Their ids and paths are in the dictionary.
/// </summary>
internal static class ContextWorkItems
{
    public static IReadOnlyList<WorkItemDocument> Documents { get; } = new[]
    {
        WorkItemParser.Parse(
            "work-items/context-done.md",
            "---\nid: WI-FUZZ-0001\ntitle: Store the attempts\nstatus: done\nscope:\n  write: [src/attempts/store.ts]\n  read_only: [src/db/]\n  forbidden: [src/billing/]\n  extend_scope: false\nacceptance_criteria:\n  - \"AC-1: the store returns 3 after three failed attempts\"\n---\n"),
        WorkItemParser.Parse(
            "work-items/context-active.md",
            "---\nid: WI-FUZZ-0002\ntitle: Lock accounts\nstatus: in_progress\ndepends_on: [WI-FUZZ-0001]\nscope:\n  write: [src/auth/login.ts, src/auth/lock.ts]\n  read_only: [src/attempts/]\n  forbidden: [src/billing/]\n  extend_scope: false\nacceptance_criteria:\n  - \"AC-1: the 6th failed login within 60 s returns 429\"\n---\n"),
    };
}
