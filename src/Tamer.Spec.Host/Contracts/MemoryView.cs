using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Configuration;
using Tamer.Spec.Model;
using Tamer.Spec.Rules.Memory;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Host.Contracts;

/// <summary>
/// What the project remembers that concerns one Work Item, handed to the agent with its assignment:
/// the registry invariants that govern its <c>write</c> paths and the rejected designs it resembles
/// (the same index and threshold as TMR7001 and TMR7009); nothing when <c>.tamer.yml</c> turns the memory axis off.
/// </summary>
internal sealed record MemoryView(IReadOnlyList<InvariantView> Invariants, IReadOnlyList<RejectedDesignView> RejectedDesigns)
{
    public static MemoryView For(WorkItem workItem, WorkItemWorkspace workspace, TamerConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.FindRule("memory") is { IsOff: true })
        {
            // A team that turned the axis off does not keep its registry and log for the gate.
            return new MemoryView(Array.Empty<InvariantView>(), Array.Empty<RejectedDesignView>());
        }

        var index = InvariantIndex.Of(workspace);
        var invariants = new List<InvariantView>();
        var byId = new Dictionary<string, (Tamer.Spec.Memory.InvariantRecord Entry, List<string> Paths)>(StringComparer.Ordinal);
        foreach (var write in workItem.Scope.WritablePaths)
        {
            foreach (var (entry, _) in index.Governing(write.Pattern))
            {
                var id = entry.Id!.Value;
                if (!byId.TryGetValue(id, out var found))
                {
                    found = (entry, new List<string>());
                    byId.Add(id, found);
                    invariants.Add(new InvariantView(id, entry.Statement?.Value, entry.Consequence?.Value, entry.AppliesTo.Select(a => a.Text.Value).ToList(), entry.Owner?.Value, entry.Path, found.Paths));
                }

                found.Paths.Add(write.Text);
            }
        }

        var threshold = SimilarityPercent(configuration) / 100.0;
        var designs = RejectedDesignIndex.Of(workspace).Match(RejectedDesignIndex.TermsOf(workItem), threshold)
            .Select(m => new RejectedDesignView(m.Record.Id!.Value, m.Record.Title!.Value, m.Record.Reason?.Value, m.Record.Decided?.Value, m.Record.SupersededBy?.Value, m.Record.Path, (int)Math.Round(m.Score * 100, MidpointRounding.AwayFromZero), m.SharedTerms))
            .ToList();
        return new MemoryView(invariants, designs);
    }

    // The memory pack's similarity_percent in force, read as the engine reads it: the configuration's value when the
    // setting takes it (the engine reports one it does not), else the default.
    private static int SimilarityPercent(TamerConfiguration configuration)
    {
        var setting = MemorySettings.SimilarityPercent;
        return configuration.FindPackSetting("memory", setting.Name) is { } entry && setting.TryRead(entry.Text, out var value, out _)
            ? value
            : setting.DefaultValue;
    }
}

/// <summary>A registry invariant that governs some of the Work Item's <c>write</c> paths (<see cref="Governs"/>).</summary>
internal sealed record InvariantView(string Id, string? Statement, string? Consequence, IReadOnlyList<string> AppliesTo, string? Owner, string Path, IReadOnlyList<string> Governs);

/// <summary>A rejected design the Work Item resembles: the record, how similar (percent) and the shared words.</summary>
internal sealed record RejectedDesignView(string Id, string Title, string? Reason, string? Decided, string? SupersededBy, string Path, int Similarity, IReadOnlyList<string> SharedWords);
