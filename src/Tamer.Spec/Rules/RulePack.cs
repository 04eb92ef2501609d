using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Tamer.Spec.Rules;

/// <summary>
/// An axis: a named set of rule versions. Configuration picks one version per axis by a NuGet
/// version range (or turns the axis off). The built-in axes and third-party packs use exactly
/// this contract.
/// </summary>
public abstract class RulePack
{
    private static readonly Regex AxisShape = new("^[a-z][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant);

    /// <summary>The axis name used in configuration and reports (<c>scope</c>, <c>acceptance</c>): lower-case letters, digits and dashes.</summary>
    public abstract string Axis { get; }

    /// <summary>A one-line description of what the axis checks.</summary>
    public abstract string Description { get; }

    /// <summary>The rule versions the pack carries (at least one).</summary>
    public abstract IReadOnlyList<Rule> Versions { get; }

    /// <summary>True when configuration may not turn the axis off or pin it (the format rule).</summary>
    public virtual bool IsAlwaysOn => false;

    /// <summary>
    /// The pack's fix providers, for the diagnostics its descriptors mark as fixable. Empty by
    /// default: a pack without fixes reports its diagnostics with no fix offered.
    /// </summary>
    public virtual IReadOnlyList<Fixes.FixProvider> FixProviders => Array.Empty<Fixes.FixProvider>();

    /// <summary>
    /// The numbers a team may change for this axis in <c>.tamer.yml</c> (<c>settings: { axis: { name: value } }</c>),
    /// such as a threshold; a rule reads the value in force with <see cref="RuleContext.Settings"/>.
    /// Empty by default.
    /// </summary>
    public virtual IReadOnlyList<PackSetting> Settings => Array.Empty<PackSetting>();

    /// <summary>
    /// The Markdown docs page of a diagnostic this pack reports, or null. The default looks for an
    /// embedded resource named <c>….&lt;ID&gt;.md</c> in the pack's assembly.
    /// </summary>
    public virtual string? GetDocumentation(string diagnosticId)
    {
        var assembly = GetType().Assembly;
        var suffix = "." + diagnosticId + ".md";
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal));
        if (name is null)
        {
            return null;
        }

        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>True when <paramref name="axis"/> is a valid axis name.</summary>
    public static bool IsValidAxisName(string axis) => axis is not null && AxisShape.IsMatch(axis);

    /// <inheritdoc />
    public override string ToString() => Axis;
}
