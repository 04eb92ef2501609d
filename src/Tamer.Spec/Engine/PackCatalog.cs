using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Engine;

/// <summary>
/// The rule packs a run may use, checked once: axis names are valid and unique, every pack has
/// distinct versions, and each diagnostic ID belongs to exactly one pack. A pack that breaks one
/// of these is left out with a TMR9003 naming it and the reason; the others are unaffected.
/// </summary>
internal sealed class PackCatalog
{
    private readonly Dictionary<string, DiagnosticDescriptor> _descriptors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RulePack> _ownerById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FixProvider>> _fixersById = new(StringComparer.Ordinal);

    public PackCatalog(IEnumerable<RulePack> packs)
    {
        var accepted = new List<RulePack>();
        var problems = new List<Diagnostic>();
        foreach (var pack in packs)
        {
            var reason = Check(pack, accepted, out var descriptors);
            if (reason is not null)
            {
                problems.Add(EngineDiagnostics.Create(EngineDiagnostics.RuleFailure, null, "rule pack " + Describe(pack) + " was not loaded: " + reason));
                continue;
            }

            accepted.Add(pack);
            foreach (var descriptor in descriptors)
            {
                _descriptors[descriptor.Id] = descriptor;
                _ownerById[descriptor.Id] = pack;
            }
        }

        foreach (var descriptor in EngineDiagnostics.All)
        {
            _descriptors[descriptor.Id] = descriptor;
        }

        foreach (var pack in accepted)
        {
            IndexFixProviders(pack);
        }

        Packs = accepted;
        Problems = problems;
    }

    public IReadOnlyList<RulePack> Packs { get; }

    public IReadOnlyList<Diagnostic> Problems { get; }

    public IEnumerable<DiagnosticDescriptor> Descriptors => _descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

    public bool IsKnown(string id) => id is not null && _descriptors.ContainsKey(id);

    public DiagnosticDescriptor? Find(string id) => id is not null && _descriptors.TryGetValue(id, out var descriptor) ? descriptor : null;

    public RulePack? OwnerOf(string id) => id is not null && _ownerById.TryGetValue(id, out var pack) ? pack : null;

    /// <summary>The providers that fix <paramref name="id"/> (only the owning pack's own).</summary>
    public IReadOnlyList<FixProvider> FixProvidersFor(string id) =>
        id is not null && _fixersById.TryGetValue(id, out var providers) ? providers : (IReadOnlyList<FixProvider>)Array.Empty<FixProvider>();

    public RulePack? FindPack(string axis) => Packs.FirstOrDefault(p => string.Equals(p.Axis, axis, StringComparison.Ordinal));

    // A pack fixes only what it reports; a provider whose metadata cannot be read offers nothing.
    private void IndexFixProviders(RulePack pack)
    {
        IReadOnlyList<FixProvider> providers;
        try
        {
            providers = pack.FixProviders;
        }
#pragma warning disable CA1031 // A broken provider list costs the pack its fixes, not the run.
        catch (Exception)
#pragma warning restore CA1031
        {
            return;
        }

        foreach (var provider in providers ?? Array.Empty<FixProvider>())
        {
            IReadOnlyList<string> ids;
            try
            {
                ids = provider.FixableDiagnosticIds;
            }
#pragma warning disable CA1031
            catch (Exception)
#pragma warning restore CA1031
            {
                continue;
            }

            foreach (var id in ids.Where(i => _ownerById.TryGetValue(i, out var owner) && ReferenceEquals(owner, pack)))
            {
                if (!_fixersById.TryGetValue(id, out var list))
                {
                    _fixersById[id] = list = new List<FixProvider>();
                }

                list.Add(provider);
            }
        }
    }

    // Everything the catalog needs from a pack is read here, once, inside the guard: a pack's
    // metadata is its own code, and a pack whose metadata throws or holds nulls is left out.
    private string? Check(RulePack pack, List<RulePack> accepted, out IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        descriptors = Array.Empty<DiagnosticDescriptor>();
        string axis;
        IReadOnlyList<Rule> versions;
        try
        {
            axis = pack.Axis;
            versions = pack.Versions?.ToList() ?? new List<Rule>();
            if (versions.Any(v => v is null || v.Version is null || v.SupportedDiagnostics is null || v.SupportedDiagnostics.Any(d => d is null)))
            {
                return "a rule version, its version number or one of its descriptors is null";
            }

            descriptors = versions.OrderBy(v => v.Version).SelectMany(v => v.SupportedDiagnostics).ToList();
        }
#pragma warning disable CA1031 // A broken pack must not break the run.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return "reading its metadata threw " + exception.GetType().Name + ": " + exception.Message;
        }

        if (RuleContract.Check(pack) is { } contractProblem)
        {
            return contractProblem;
        }

        if (!RulePack.IsValidAxisName(axis) || string.Equals(axis, EngineDiagnostics.Axis, StringComparison.Ordinal))
        {
            return "its axis name '" + axis + "' is not lower-case letters, digits and dashes, or is reserved";
        }

        if (accepted.FirstOrDefault(p => string.Equals(p.Axis, axis, StringComparison.Ordinal)) is { } twin)
        {
            return "the axis '" + axis + "' is already provided by " + twin.GetType().FullName;
        }

        if (versions is null || versions.Count == 0)
        {
            return "it has no rule versions";
        }

        if (versions.GroupBy(v => v.Version).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            return "it carries version " + duplicate.Key.ToNormalizedString() + " twice";
        }

        foreach (var descriptor in versions.SelectMany(v => v.SupportedDiagnostics))
        {
            if (_ownerById.TryGetValue(descriptor.Id, out var owner))
            {
                return "it declares " + descriptor.Id + ", which the '" + owner.Axis + "' pack owns";
            }

            if (EngineDiagnostics.All.Any(e => string.Equals(e.Id, descriptor.Id, StringComparison.Ordinal)))
            {
                return "it declares " + descriptor.Id + ", which the engine owns";
            }
        }

        return null;
    }

    private static string Describe(RulePack pack)
    {
        try
        {
            return "'" + pack.Axis + "' (" + pack.GetType().FullName + ")";
        }
#pragma warning disable CA1031 // A broken pack must not break the run.
        catch (Exception)
#pragma warning restore CA1031
        {
            return "'" + pack.GetType().FullName + "'";
        }
    }
}
