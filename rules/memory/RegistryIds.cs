using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Memory;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Memory;

/// <summary>The registry's entries by id, computed once per workspace.</summary>
internal sealed class RegistryIds
{
    private readonly Dictionary<string, List<InvariantRecord>> _byId = new(StringComparer.Ordinal);

    private RegistryIds(WorkItemWorkspace workspace)
    {
        foreach (var entry in workspace.Invariants)
        {
            if (entry.Id?.Value is { } id)
            {
                if (!_byId.TryGetValue(id, out var list))
                {
                    list = new List<InvariantRecord>(1);
                    _byId.Add(id, list);
                }

                list.Add(entry);
            }
        }

        Ids = _byId.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<string> Ids { get; }

    public static RegistryIds Of(WorkItemWorkspace workspace) => workspace.GetOrAddAnalysis("memory/registry-ids", w => new RegistryIds(w));

    public IReadOnlyList<InvariantRecord> Find(string id) => _byId.TryGetValue(id, out var list) ? list : Array.Empty<InvariantRecord>();
}
