using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Rules;
using Tamer.Spec.Spelling;
using Tamer.Spec.Text;

namespace Tamer.Spec.Engine;

/// <summary>
/// Picks one rule version per axis: the highest version inside the configured NuGet range
/// (floating ranges such as <c>2.*</c> included), the highest version when nothing is configured,
/// none when the axis is off. Unknown axes and IDs are TMR9001; a range that matches nothing is
/// TMR9002. When a rule pack could not be loaded (packsMissing), an unknown
/// axis or ID may be that pack's: it is a warning then, so the run goes on without the pack as
/// its TMR9003 says, instead of stopping on its settings.
/// </summary>
internal static class RuleSelector
{
    public static RuleSelection Select(PackCatalog catalog, TamerConfiguration configuration, bool packsMissing = false)
    {
        var diagnostics = new List<Diagnostic>();
        void Unknown(SourceLocation? location, string message) => diagnostics.Add(packsMissing
            ? new Diagnostic(EngineDiagnostics.InvalidConfiguration, DiagnosticSeverity.Warning, EngineDiagnostics.InvalidConfiguration.FormatMessage(message + "; a rule pack was not loaded (TMR9003) and may be the one that has it"), location, EngineDiagnostics.Rule)
            : EngineDiagnostics.Create(EngineDiagnostics.InvalidConfiguration, location, message));
        var axes = catalog.Packs.Select(p => p.Axis).ToList();
        foreach (var setting in configuration.Rules)
        {
            var pack = catalog.FindPack(setting.Axis);
            if (pack is null)
            {
                var suggestion = DidYouMean.Find(setting.Axis, axes);
                Unknown(setting.Location, "unknown rule axis '" + setting.Axis + "'" + (suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)") + "; the axes are " + string.Join(", ", axes.Where(a => catalog.FindPack(a)?.IsAlwaysOn != true)));
            }
            else if (pack.IsAlwaysOn)
            {
                diagnostics.Add(EngineDiagnostics.Create(EngineDiagnostics.InvalidConfiguration, setting.Location, "the '" + pack.Axis + "' rule is always on and cannot be configured"));
            }
        }

        foreach (var setting in configuration.Severities.Concat(configuration.Overrides.SelectMany(o => o.Severities)))
        {
            if (!catalog.IsKnown(setting.DiagnosticId))
            {
                var suggestion = DidYouMean.Find(setting.DiagnosticId, catalog.Descriptors.Select(d => d.Id));
                Unknown(setting.Location, "unknown diagnostic ID '" + setting.DiagnosticId + "' in severity settings" + (suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)"));
            }
        }

        var settings = ReadPackSettings(catalog, configuration, diagnostics, Unknown);
        var selected = new List<SelectedRule>();
        foreach (var pack in catalog.Packs)
        {
            var setting = pack.IsAlwaysOn ? null : configuration.FindRule(pack.Axis);
            if (setting is { IsOff: true })
            {
                continue;
            }

            var rule = Pick(pack, setting?.Range);
            if (rule is null)
            {
                diagnostics.Add(EngineDiagnostics.Create(
                    EngineDiagnostics.NoMatchingRuleVersion,
                    setting?.Location,
                    pack.Axis,
                    setting?.Text,
                    string.Join(", ", pack.Versions.Select(v => v.Version).OrderBy(v => v).Select(v => v.ToNormalizedString()))));
                continue;
            }

            selected.Add(new SelectedRule(pack, rule, settings.TryGetValue(pack.Axis, out var values) ? values : PackSettingValues.Defaults));
        }

        return new RuleSelection(selected, diagnostics);
    }

    // The values of `settings:` by axis, each checked against what its pack declares: an unknown
    // axis or name, or a value the setting does not take, is a TMR9001 at its place.
    private static Dictionary<string, PackSettingValues> ReadPackSettings(PackCatalog catalog, TamerConfiguration configuration, List<Diagnostic> diagnostics, System.Action<SourceLocation?, string> unknown)
    {
        var byAxis = new Dictionary<string, Dictionary<string, int>>(System.StringComparer.Ordinal);
        foreach (var entry in configuration.PackSettings)
        {
            var pack = catalog.FindPack(entry.Axis);
            if (pack is null)
            {
                var suggestion = DidYouMean.Find(entry.Axis, catalog.Packs.Select(p => p.Axis));
                unknown(entry.Location, "unknown rule axis '" + entry.Axis + "' in settings" + (suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)"));
                continue;
            }

            var setting = pack.Settings.FirstOrDefault(s => string.Equals(s.Name, entry.Name, System.StringComparison.Ordinal));
            if (setting is null)
            {
                var suggestion = DidYouMean.Find(entry.Name, pack.Settings.Select(s => s.Name));
                diagnostics.Add(EngineDiagnostics.Create(
                    EngineDiagnostics.InvalidConfiguration,
                    entry.Location,
                    "unknown setting '" + entry.Name + "' of the '" + pack.Axis + "' rule" + (suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)") + (pack.Settings.Count == 0
                        ? "; the '" + pack.Axis + "' rule has no settings"
                        : "; its settings are " + string.Join(", ", pack.Settings.Select(s => s.Name)))));
                continue;
            }

            if (!setting.TryRead(entry.Text, out var value, out var problem))
            {
                diagnostics.Add(EngineDiagnostics.Create(EngineDiagnostics.InvalidConfiguration, entry.ValueLocation ?? entry.Location, problem));
                continue;
            }

            if (!byAxis.TryGetValue(pack.Axis, out var values))
            {
                byAxis[pack.Axis] = values = new Dictionary<string, int>(System.StringComparer.Ordinal);
            }

            values[setting.Name] = value;
        }

        return byAxis.ToDictionary(p => p.Key, p => new PackSettingValues(p.Value), System.StringComparer.Ordinal);
    }

    /// <summary>The highest version of <paramref name="pack"/> inside <paramref name="range"/> (any version when null).</summary>
    public static Rule? Pick(RulePack pack, VersionRange? range)
    {
        Rule? best = null;
        foreach (var rule in pack.Versions)
        {
            var version = rule.Version;
            var inRange = range is null
                ? !version.IsPrerelease || pack.Versions.All(v => v.Version.IsPrerelease)
                : range.Satisfies(version) && (!range.IsFloating || range.Float.Satisfies(version));
            if (inRange && (best is null || version > best.Version))
            {
                best = rule;
            }
        }

        return best;
    }
}
