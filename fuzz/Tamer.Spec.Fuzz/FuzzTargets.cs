using System;
using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Fuzz;

/// <summary>The three targets, by name.</summary>
internal static class FuzzTargets
{
    public static IReadOnlyList<IFuzzTarget> All { get; } = new IFuzzTarget[] { new WorkItemLintTarget(), new ConfigurationTarget(), new FixTarget() };

    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
