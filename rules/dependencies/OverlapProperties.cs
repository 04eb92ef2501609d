using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Model;
using Tamer.Spec.Reporting;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// What a merged TMR4004 records: the id its suggestion adds, and every overlapped Work Item for
/// the reports. The list is written out (see <see cref="RelatedWorkItems"/>) only when something
/// reads it, as the JSON and SARIF reports do: a text report of a busy workspace never pays for
/// the hundreds of thousands of entries it does not show.
/// </summary>
internal sealed class OverlapProperties : IReadOnlyDictionary<string, string>
{
    private static readonly string[] Names = { DependenciesFixProvider.DependencyProperty, RelatedWorkItems.PropertyName };

    private readonly string _dependency;
    private readonly IReadOnlyList<Overlap> _overlaps;
    private string? _related;

    /// <param name="dependency">The id the suggestion adds.</param>
    /// <param name="overlaps">Every overlapped Work Item, in the order the reports list them.</param>
    public OverlapProperties(string dependency, IReadOnlyList<Overlap> overlaps)
    {
        _dependency = dependency;
        _overlaps = overlaps;
    }

    public int Count => Names.Length;

    public IEnumerable<string> Keys => Names;

    public IEnumerable<string> Values => Names.Select(name => this[name]);

    // Writing the list twice gives the same string; whichever is kept is right.
    private string Related => _related ??= RelatedWorkItems.Format(_overlaps.Select(o => new RelatedWorkItem(o.OtherId, WorkItemFormat.ToValue(o.OtherStatus), o.SharedPath)));

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Array.IndexOf(Names, key) >= 0;

    public bool TryGetValue(string key, out string value)
    {
        switch (key)
        {
            case DependenciesFixProvider.DependencyProperty:
                value = _dependency;
                return true;
            case RelatedWorkItems.PropertyName:
                value = Related;
                return true;
            default:
                value = null!;
                return false;
        }
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => Names.Select(name => new KeyValuePair<string, string>(name, this[name])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
