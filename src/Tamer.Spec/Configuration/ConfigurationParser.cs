using System;
using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Paths;
using Tamer.Spec.Spelling;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Configuration;

/// <summary>
/// Reads <c>.tamer.yml</c> text (the host reads the file) and command-line settings. Every problem
/// is a TMR9001 diagnostic with a location; nothing throws on content. Which axes and IDs exist is
/// checked later by the engine, which knows the rule packs.
/// </summary>
public static class ConfigurationParser
{
    /// <summary>The keys <c>.tamer.yml</c> knows.</summary>
    public static IReadOnlyList<string> Keys { get; } = new[] { "include", "exclude", "rules", "severity", "plugins", "follow_links_outside", "baseline", "overrides", "settings", "formats", "invariants_registry", "rejected_designs_log", "cache" };

    /// <summary>Reads configuration text.</summary>
    /// <param name="path">The file's path, for locations.</param>
    /// <param name="text">The file's text.</param>
    public static ConfigurationResult Parse(string path, string text)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var source = SourceText.From(text ?? throw new ArgumentNullException(nameof(text)));
        var reader = new Reader(path, source);
        var tree = YamlTreeBuilder.Build(source, new TextSpan(0, source.Length), ParseLimits.Default);
        foreach (var problem in tree.Problems)
        {
            var detail = problem.Kind == ParseProblemKind.DuplicateKey
                ? "the key '" + problem.Arguments[0] + "' appears twice"
                : "the YAML is invalid: " + string.Join(": ", problem.Arguments.Select(a => a?.ToString()));
            reader.Problem(problem.Span, detail);
        }

        switch (tree.Root)
        {
            case YamlMapping mapping:
                reader.Read(mapping);
                break;
            case null:
            case YamlScalar { IsNull: true }:
                break;
            default:
                reader.Problem(tree.Root.Span, "the file must be a mapping of keys, but it is " + tree.Root.KindDescription);
                break;
        }

        return reader.Result();
    }

    /// <summary>Reads a command-line <c>AXIS=RANGE</c> or <c>AXIS=off</c> setting.</summary>
    public static RuleSetting? ParseRuleOption(string option, out Diagnostic? problem)
    {
        problem = null;
        var equals = option?.IndexOf('=') ?? -1;
        if (option is null || equals <= 0 || equals == option.Length - 1)
        {
            problem = EngineDiagnostics.Create(EngineDiagnostics.InvalidConfiguration, null, "--rule expects AXIS=RANGE or AXIS=off, got '" + option + "'");
            return null;
        }

        var axis = option.Substring(0, equals).Trim();
        var value = option.Substring(equals + 1).Trim();
        return ReadRuleSetting(axis, value, null, out problem);
    }

    /// <summary>Reads a command-line <c>ID=LEVEL</c> severity override.</summary>
    public static SeveritySetting? ParseSeverityOption(string option, out Diagnostic? problem)
    {
        problem = null;
        var equals = option?.IndexOf('=') ?? -1;
        if (option is null || equals <= 0)
        {
            problem = EngineDiagnostics.Create(EngineDiagnostics.InvalidConfiguration, null, "--severity expects ID=LEVEL, got '" + option + "'");
            return null;
        }

        var id = option.Substring(0, equals).Trim();
        var level = option.Substring(equals + 1).Trim();
        if (!DiagnosticSeverityNames.TryParse(level, out var severity))
        {
            problem = EngineDiagnostics.Create(EngineDiagnostics.InvalidConfiguration, null, UnknownSeverity(level));
            return null;
        }

        return new SeveritySetting(id, severity, null);
    }

    private static RuleSetting? ReadRuleSetting(string axis, string value, SourceLocation? location, out Diagnostic? problem)
    {
        problem = null;
        if (IsOff(value))
        {
            return new RuleSetting(axis, value, null, isOff: true, location);
        }

        if (!VersionRange.TryParse(value, allowFloating: true, out var range))
        {
            problem = EngineDiagnostics.Create(
                EngineDiagnostics.InvalidConfiguration,
                location,
                "'" + value + "' is not a NuGet version range for the '" + axis + "' rule (examples: \"2.*\", \"[2.0,3.0)\", off)");
            return null;
        }

        return new RuleSetting(axis, value, range, isOff: false, location);
    }

    private static bool IsOff(string value) =>
        string.Equals(value, "off", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

    private static string UnknownSeverity(string level) =>
        "unknown severity '" + level + "' (use " + string.Join(", ", DiagnosticSeverityNames.All) + ")";

    private sealed class Reader
    {
        private readonly string _path;
        private readonly SourceText _source;
        private readonly List<Diagnostic> _diagnostics = new();
        private readonly List<string> _include = new();
        private readonly List<string> _exclude = new();
        private readonly List<RuleSetting> _rules = new();
        private readonly List<SeveritySetting> _severities = new();
        private readonly List<PluginReference> _plugins = new();
        private readonly List<FormatAssignment> _formats = new();
        private readonly List<PathOverride> _overrides = new();
        private readonly List<PackSettingEntry> _packSettings = new();
        private string? _baseline;
        private readonly List<string> _invariantsRegistry = new();
        private readonly List<string> _rejectedDesignsLog = new();
        private bool _invariantsRegistryGiven;
        private bool _rejectedDesignsLogGiven;
        private bool _includeGiven;
        private bool _followLinksOutside;
        private bool _cache;

        public Reader(string path, SourceText source)
        {
            _path = path;
            _source = source;
        }

        public void Read(YamlMapping root)
        {
            foreach (var entry in root.Entries)
            {
                switch (entry.KeyText)
                {
                    case "include":
                        _includeGiven = true;
                        ReadGlobs(entry, _include);
                        break;
                    case "exclude":
                        ReadGlobs(entry, _exclude);
                        break;
                    case "rules":
                        ReadRules(entry);
                        break;
                    case "severity":
                        ReadSeverities(entry, _severities);
                        break;
                    case "plugins":
                        foreach (var (value, span) in Strings(entry, "plugins", "a list of rule pack assembly paths"))
                        {
                            _plugins.Add(new PluginReference(value, Location(span)));
                        }

                        break;
                    case "follow_links_outside":
                        _followLinksOutside = ReadBoolean(entry);
                        break;
                    case "cache":
                        _cache = ReadBoolean(entry);
                        break;
                    case "baseline":
                        ReadBaseline(entry);
                        break;
                    case "overrides":
                        ReadOverrides(entry);
                        break;
                    case "settings":
                        ReadPackSettings(entry);
                        break;
                    case "formats":
                        ReadFormats(entry);
                        break;
                    case "invariants_registry":
                        _invariantsRegistryGiven = true;
                        ReadGlobs(entry, _invariantsRegistry);
                        break;
                    case "rejected_designs_log":
                        _rejectedDesignsLogGiven = true;
                        ReadGlobs(entry, _rejectedDesignsLog);
                        break;
                    default:
                        var key = entry.KeyText ?? "(" + entry.Key.KindDescription + ")";
                        var suggestion = entry.KeyText is null ? null : DidYouMean.Find(entry.KeyText, Keys);
                        Problem(entry.Key.Span, "unknown key '" + key + "'" + (suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)") + "; the keys are " + string.Join(", ", Keys));
                        break;
                }
            }
        }

        public ConfigurationResult Result()
        {
            var include = _includeGiven ? (IReadOnlyList<string>)_include : TamerConfiguration.DefaultInclude;
            var configuration = new TamerConfiguration(_path, include, _exclude, _rules, _severities, _plugins, _followLinksOutside)
            {
                Baseline = _baseline,
                Overrides = _overrides,
                PackSettings = _packSettings,
                Formats = _formats,
                InvariantsRegistry = _invariantsRegistryGiven ? _invariantsRegistry : TamerConfiguration.DefaultInvariantsRegistry,
                RejectedDesignsLog = _rejectedDesignsLogGiven ? _rejectedDesignsLog : TamerConfiguration.DefaultRejectedDesignsLog,
                Cache = _cache,
            };
            return new ConfigurationResult(configuration, _diagnostics);
        }

        public void Problem(TextSpan span, string detail) =>
            _diagnostics.Add(EngineDiagnostics.Create(EngineDiagnostics.InvalidConfiguration, Location(span), detail));

        private SourceLocation Location(TextSpan span) => _source.GetLocation(_path, span);

        private void ReadGlobs(YamlMappingEntry entry, List<string> target)
        {
            foreach (var (value, span) in Strings(entry, entry.KeyText!, "a list of globs"))
            {
                var pattern = PathPattern.Parse(value);
                if (!pattern.IsValid)
                {
                    Problem(span, "'" + value + "' in " + entry.KeyText + " is not a usable glob (" + pattern.Error + ")");
                    continue;
                }

                target.Add(value);
            }
        }

        private bool ReadBoolean(YamlMappingEntry entry)
        {
            if (entry.Value is YamlScalar scalar && scalar.TryGetBoolean(out var value))
            {
                return value;
            }

            if (entry.Value is not YamlScalar { IsNull: true })
            {
                Problem(entry.Value.Span, "'" + entry.KeyText + "' should be true or false, found " + (entry.Value is YamlScalar text ? "'" + text.Value + "'" : entry.Value.KindDescription));
            }

            return false;
        }

        private void ReadBaseline(YamlMappingEntry entry)
        {
            if (entry.Value is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0)
            {
                _baseline = scalar.Value.Trim();
            }
            else if (entry.Value is not YamlScalar { IsNull: true })
            {
                Problem(entry.Value.Span, "'baseline' should be the path of the baseline file, found " + entry.Value.KindDescription);
            }
        }

        private void ReadFormats(YamlMappingEntry entry)
        {
            if (entry.Value is YamlScalar { IsNull: true })
            {
                return;
            }

            var names = string.Join(", ", Formats.FormatProfiles.All.Select(p => p.Name));
            if (entry.Value is not YamlMapping mapping)
            {
                Problem(entry.Value.Span, "'formats' should be a mapping of globs to format names (" + names + "), found " + entry.Value.KindDescription);
                return;
            }

            foreach (var item in mapping.Entries)
            {
                if (item.Key is not YamlScalar { IsNull: false } glob || item.Value is not YamlScalar { IsNull: false } name)
                {
                    Problem(item.Key.Span, "each entry of 'formats' is 'glob: format', such as \"backlog/tasks/**\": backlog-md");
                    continue;
                }

                var pattern = PathPattern.Parse(glob.Value);
                if (!pattern.IsValid)
                {
                    Problem(glob.Span, "'" + glob.Value + "' in formats is not a usable glob (" + pattern.Error + ")");
                    continue;
                }

                if (Formats.FormatProfiles.Find(name.Value.Trim()) is not { } profile)
                {
                    var suggestion = DidYouMean.Find(name.Value.Trim(), Formats.FormatProfiles.All.Select(p => p.Name));
                    Problem(name.Span, "unknown format '" + name.Value + "'" + (suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)") + "; the formats are " + names);
                    continue;
                }

                _formats.Add(new FormatAssignment(glob.Value, profile, Location(glob.Span)));
            }
        }

        private void ReadOverrides(YamlMappingEntry entry)
        {
            if (entry.Value is YamlScalar { IsNull: true })
            {
                return;
            }

            if (entry.Value is not YamlSequence sequence)
            {
                Problem(entry.Value.Span, "'overrides' should be a list of entries with 'files' and 'severity', found " + entry.Value.KindDescription);
                return;
            }

            foreach (var item in sequence.Items)
            {
                if (item is not YamlMapping mapping)
                {
                    Problem(item.Span, "each entry of 'overrides' is a mapping with 'files' and 'severity', found " + item.KindDescription);
                    continue;
                }

                var files = new List<string>();
                var severities = new List<SeveritySetting>();
                foreach (var key in mapping.Entries)
                {
                    switch (key.KeyText)
                    {
                        case "files":
                            ReadGlobs(key, files);
                            break;
                        case "severity":
                            ReadSeverities(key, severities);
                            break;
                        default:
                            Problem(key.Key.Span, "unknown key '" + (key.KeyText ?? key.Key.KindDescription) + "' in an entry of 'overrides'; the keys are files, severity");
                            break;
                    }
                }

                if (files.Count == 0)
                {
                    Problem(mapping.Span, "an entry of 'overrides' needs 'files': the globs of the Work Items it applies to");
                    continue;
                }

                _overrides.Add(new PathOverride(files, severities, Location(item.Span)));
            }
        }

        private void ReadPackSettings(YamlMappingEntry entry)
        {
            if (entry.Value is YamlScalar { IsNull: true })
            {
                return;
            }

            if (entry.Value is not YamlMapping axes)
            {
                Problem(entry.Value.Span, "'settings' should be a mapping of axis names to their settings (settings: { non-goals: { large_diff_lines: 80 } }), found " + entry.Value.KindDescription);
                return;
            }

            foreach (var axis in axes.Entries)
            {
                if (axis.Key is not YamlScalar axisName)
                {
                    Problem(axis.Key.Span, "each entry of 'settings' is an axis name with a mapping of its settings");
                    continue;
                }

                if (axis.Value is YamlScalar { IsNull: true })
                {
                    continue;
                }

                if (axis.Value is not YamlMapping values)
                {
                    Problem(axis.Value.Span, "the settings of '" + axisName.Value + "' should be a mapping of names to values, found " + axis.Value.KindDescription);
                    continue;
                }

                foreach (var item in values.Entries)
                {
                    if (item.Key is not YamlScalar name || item.Value is not YamlScalar { IsNull: false } value)
                    {
                        Problem(item.Value.Span, "each setting of '" + axisName.Value + "' is 'name: value'");
                        continue;
                    }

                    _packSettings.Add(new PackSettingEntry(axisName.Value, name.Value, value.Value, Location(name.Span), Location(value.Span)));
                }
            }
        }

        private void ReadRules(YamlMappingEntry entry)
        {
            if (entry.Value is YamlScalar { IsNull: true })
            {
                return;
            }

            if (entry.Value is not YamlMapping mapping)
            {
                Problem(entry.Value.Span, "'rules' should be a mapping of axis names to version ranges or off, found " + entry.Value.KindDescription);
                return;
            }

            foreach (var item in mapping.Entries)
            {
                if (item.Key is not YamlScalar axis || item.Value is not YamlScalar { IsNull: false } value)
                {
                    Problem(item.Value.Span, "each entry of 'rules' is 'axis: range' or 'axis: off'");
                    continue;
                }

                var setting = ReadRuleSetting(axis.Value, value.Value, Location(value.Span), out var problem);
                if (problem is not null)
                {
                    _diagnostics.Add(problem);
                }
                else
                {
                    _rules.Add(new RuleSetting(setting!.Axis, setting.Text, setting.Range, setting.IsOff, Location(axis.Span)));
                }
            }
        }

        private void ReadSeverities(YamlMappingEntry entry, List<SeveritySetting> target)
        {
            if (entry.Value is YamlScalar { IsNull: true })
            {
                return;
            }

            if (entry.Value is not YamlMapping mapping)
            {
                Problem(entry.Value.Span, "'severity' should be a mapping of diagnostic IDs to error, warning, info or none, found " + entry.Value.KindDescription);
                return;
            }

            foreach (var item in mapping.Entries)
            {
                if (item.Key is not YamlScalar id || item.Value is not YamlScalar level)
                {
                    Problem(item.Value.Span, "each entry of 'severity' is 'ID: level'");
                    continue;
                }

                if (!DiagnosticSeverityNames.TryParse(level.Value, out var severity))
                {
                    Problem(level.Span, UnknownSeverity(level.Value) + " for " + id.Value);
                    continue;
                }

                target.Add(new SeveritySetting(id.Value, severity, Location(id.Span)));
            }
        }

        private IEnumerable<(string Value, TextSpan Span)> Strings(YamlMappingEntry entry, string key, string expected)
        {
            switch (entry.Value)
            {
                case YamlScalar { IsNull: true }:
                    yield break;
                case YamlScalar single:
                    yield return (single.Value, single.Span);
                    yield break;
                case YamlSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        if (item is YamlScalar { IsNull: false } scalar)
                        {
                            yield return (scalar.Value, scalar.Span);
                        }
                        else
                        {
                            Problem(item.Span, "'" + key + "' should be " + expected + ", found " + item.KindDescription);
                        }
                    }

                    yield break;
                default:
                    Problem(entry.Value.Span, "'" + key + "' should be " + expected + ", found " + entry.Value.KindDescription);
                    yield break;
            }
        }
    }
}
