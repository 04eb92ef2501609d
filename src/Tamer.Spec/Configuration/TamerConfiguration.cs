using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Formats;
using Tamer.Spec.Paths;

namespace Tamer.Spec.Configuration;

/// <summary>
/// What <c>.tamer.yml</c> says (everything optional): which files are Work Items, which rule
/// version each axis uses, severity overrides and plugins. Command-line settings are added with
/// <see cref="WithRule"/> and <see cref="WithSeverity"/> and win over the file's.
/// </summary>
public sealed class TamerConfiguration
{
    /// <summary>The default <c>invariants_registry</c> globs: the invariants registry's entries.</summary>
    public static IReadOnlyList<string> DefaultInvariantsRegistry { get; } = new[] { "invariants/**/*.md" };

    /// <summary>The default <c>rejected_designs_log</c> globs: the rejected-designs log's records.</summary>
    public static IReadOnlyList<string> DefaultRejectedDesignsLog { get; } = new[] { "decisions/rejected/**/*.md" };

    /// <summary>The default <c>include</c> globs.</summary>
    public static IReadOnlyList<string> DefaultInclude { get; } = new[] { "work-items/**/*.md", "**/*.wi.md" };

    /// <summary>The configuration used when there is no <c>.tamer.yml</c>.</summary>
    public static TamerConfiguration Default { get; } = new(null, DefaultInclude, Array.Empty<string>(), Array.Empty<RuleSetting>(), Array.Empty<SeveritySetting>(), Array.Empty<PluginReference>());

    /// <summary>Creates a configuration.</summary>
    public TamerConfiguration(
        string? path,
        IReadOnlyList<string> include,
        IReadOnlyList<string> exclude,
        IReadOnlyList<RuleSetting> rules,
        IReadOnlyList<SeveritySetting> severities,
        IReadOnlyList<PluginReference> plugins)
        : this(path, include, exclude, rules, severities, plugins, followLinksOutside: false)
    {
    }

    /// <summary>Creates a configuration that says whether folder walks follow links leaving the repository.</summary>
    public TamerConfiguration(
        string? path,
        IReadOnlyList<string> include,
        IReadOnlyList<string> exclude,
        IReadOnlyList<RuleSetting> rules,
        IReadOnlyList<SeveritySetting> severities,
        IReadOnlyList<PluginReference> plugins,
        bool followLinksOutside)
    {
        FollowLinksOutside = followLinksOutside;
        Path = path;
        Include = include ?? throw new ArgumentNullException(nameof(include));
        Exclude = exclude ?? throw new ArgumentNullException(nameof(exclude));
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Severities = severities ?? throw new ArgumentNullException(nameof(severities));
        Plugins = plugins ?? throw new ArgumentNullException(nameof(plugins));
    }

    /// <summary>The file it was read from, or null.</summary>
    public string? Path { get; }

    /// <summary>Globs of Work Item files, relative to the configuration's folder.</summary>
    public IReadOnlyList<string> Include { get; }

    /// <summary>Globs of files that are not Work Items even if included.</summary>
    public IReadOnlyList<string> Exclude { get; }

    /// <summary>Per-axis settings in the order given; for one axis the last wins.</summary>
    public IReadOnlyList<RuleSetting> Rules { get; }

    /// <summary>Severity overrides in the order given; for one ID the last wins.</summary>
    public IReadOnlyList<SeveritySetting> Severities { get; }

    /// <summary>Rule pack assemblies to load (CLI and MSBuild only).</summary>
    public IReadOnlyList<PluginReference> Plugins { get; }

    /// <summary>
    /// True when the hosts that walk folders follow symbolic links whose target lies outside the
    /// repository (<c>follow_links_outside: true</c>); by default such a link is reported (TMR9004)
    /// and not followed.
    /// </summary>
    public bool FollowLinksOutside { get; }

    /// <summary>
    /// The baseline file named by <c>baseline:</c>, relative to the configuration's folder, or null
    /// for the default (<c>.tamer-baseline.json</c> in that folder, used when it exists).
    /// </summary>
    public string? Baseline { get; init; }

    /// <summary>Severity overrides for the files some globs match (<c>overrides:</c>), in the order given; they win over <see cref="Severities"/> from the file.</summary>
    public IReadOnlyList<PathOverride> Overrides { get; init; } = Array.Empty<PathOverride>();

    /// <summary>The rule packs' settings (<c>settings:</c>), in the order given; for one axis and name the last wins.</summary>
    public IReadOnlyList<PackSettingEntry> PackSettings { get; init; } = Array.Empty<PackSettingEntry>();
    /// <summary>
    /// The <c>formats:</c> entries, in file order: which profile reads the files a glob matches.
    /// Files no entry matches are recognised from their path and a first look (see
    /// <see cref="FormatDetector"/>).
    /// </summary>
    public IReadOnlyList<FormatAssignment> Formats { get; init; } = Array.Empty<FormatAssignment>();

    /// <summary>Globs of the invariants registry's entries (<c>invariants_registry:</c>), relative to the configuration's folder.</summary>
    public IReadOnlyList<string> InvariantsRegistry { get; init; } = DefaultInvariantsRegistry;

    /// <summary>Globs of the rejected-designs log's records (<c>rejected_designs_log:</c>), relative to the configuration's folder.</summary>
    public IReadOnlyList<string> RejectedDesignsLog { get; init; } = DefaultRejectedDesignsLog;

    /// <summary>
    /// True when <c>cache: true</c> asks hosts that keep results between runs (<c>tamer-lint lint</c>)
    /// to do so, as <c>--cache</c> does; a library caller decides for itself.
    /// </summary>
    public bool Cache { get; init; }

    /// <summary>
    /// True when <paramref name="relativePath"/> (relative to the configuration's folder, with '/')
    /// is an entry of the invariants registry or a record of the rejected-designs log.
    /// </summary>
    public bool IsMemoryFile(string? relativePath) => FindMemoryProfile(relativePath) is not null;

    // The registry and the log take the files their globs match, with two exceptions that keep a
    // repository without them as it was: a file a formats: entry names is read as that entry says,
    // and the default folders (invariants/, decisions/rejected/) never take a file the include
    // globs select; only globs written under invariants_registry: or rejected_designs_log: do.
    private FormatProfile? FindMemoryProfile(string? relativePath)
    {
        if (relativePath is null || Formats.Any(f => f.Matches(relativePath)))
        {
            return null;
        }

        _registryPatterns ??= InvariantsRegistry.Select(PathPattern.Parse).Where(p => p.IsValid).ToList();
        _logPatterns ??= RejectedDesignsLog.Select(PathPattern.Parse).Where(p => p.IsValid).ToList();
        if (_registryPatterns.Any(p => p.Matches(relativePath)))
        {
            return IsDefaultRegistry ? (IsIncluded(relativePath) ? null : Memory.MemoryProfiles.DefaultInvariantRegistry) : Memory.MemoryProfiles.InvariantRegistry;
        }

        if (_logPatterns.Any(p => p.Matches(relativePath)))
        {
            return IsDefaultLog ? (IsIncluded(relativePath) ? null : Memory.MemoryProfiles.DefaultRejectedDesignLog) : Memory.MemoryProfiles.RejectedDesignLog;
        }

        return null;
    }

    /// <summary>True when <c>invariants_registry:</c> is not written, so the default folder applies.</summary>
    public bool IsDefaultRegistry => ReferenceEquals(InvariantsRegistry, DefaultInvariantsRegistry);

    /// <summary>True when <c>rejected_designs_log:</c> is not written, so the default folder applies.</summary>
    public bool IsDefaultLog => ReferenceEquals(RejectedDesignsLog, DefaultRejectedDesignsLog);

    private bool IsIncluded(string relativePath)
    {
        _includePatterns ??= Include.Select(PathPattern.Parse).Where(p => p.IsValid).ToList();
        return _includePatterns.Any(p => p.Matches(relativePath));
    }

    private IReadOnlyList<PathPattern>? _includePatterns;
    private IReadOnlyList<PathPattern>? _registryPatterns;
    private IReadOnlyList<PathPattern>? _logPatterns;

    /// <summary>
    /// The profile the first <c>formats:</c> entry matching <paramref name="relativePath"/> (relative
    /// to the configuration's folder, with '/') names; otherwise the invariants registry's or the
    /// rejected-designs log's when their globs take the file; otherwise null.
    /// </summary>
    public FormatProfile? FindFormat(string? relativePath)
    {
        if (relativePath is null)
        {
            return null;
        }

        foreach (var assignment in Formats)
        {
            if (assignment.Matches(relativePath))
            {
                return assignment.Profile;
            }
        }

        return FindMemoryProfile(relativePath);
    }

    /// <summary>The effective setting of an axis, or null when unset.</summary>
    public RuleSetting? FindRule(string axis) => Rules.LastOrDefault(r => string.Equals(r.Axis, axis, StringComparison.Ordinal));

    /// <summary>The effective entry of a pack's setting in <c>settings:</c>, or null when unset.</summary>
    public PackSettingEntry? FindPackSetting(string axis, string name) =>
        PackSettings.LastOrDefault(s => string.Equals(s.Axis, axis, StringComparison.Ordinal) && string.Equals(s.Name, name, StringComparison.Ordinal));

    /// <summary>The effective severity override of an ID, or null when unset.</summary>
    public SeveritySetting? FindSeverity(string diagnosticId) =>
        Severities.LastOrDefault(s => string.Equals(s.DiagnosticId, diagnosticId, StringComparison.Ordinal));

    /// <summary>
    /// The effective severity override of an ID for a file (its path relative to the configuration's
    /// folder, or null when unknown): a command-line setting, then the last matching path override,
    /// then the file's <c>severity:</c>.
    /// </summary>
    public SeveritySetting? FindSeverity(string diagnosticId, string? relativePath)
    {
        var found = FindSeverity(diagnosticId);
        if (found is { Location: null } || relativePath is null || Overrides.Count == 0)
        {
            return found;
        }

        for (var i = Overrides.Count - 1; i >= 0; i--)
        {
            if (Overrides[i].Matches(relativePath) && Overrides[i].Severities.LastOrDefault(s => string.Equals(s.DiagnosticId, diagnosticId, StringComparison.Ordinal)) is { } setting)
            {
                return setting;
            }
        }

        return found;
    }

    /// <summary>A copy with one more axis setting (it wins over earlier ones).</summary>
    public TamerConfiguration WithRule(RuleSetting setting) =>
        new(Path, Include, Exclude, Rules.Concat(new[] { setting ?? throw new ArgumentNullException(nameof(setting)) }).ToList(), Severities, Plugins, FollowLinksOutside)
        {
            Baseline = Baseline,
            Overrides = Overrides,
            PackSettings = PackSettings,
            Formats = Formats,
            InvariantsRegistry = InvariantsRegistry,
            RejectedDesignsLog = RejectedDesignsLog,
            Cache = Cache,
        };

    /// <summary>A copy with one more severity override (it wins over earlier ones).</summary>
    public TamerConfiguration WithSeverity(SeveritySetting setting) =>
        new(Path, Include, Exclude, Rules, Severities.Concat(new[] { setting ?? throw new ArgumentNullException(nameof(setting)) }).ToList(), Plugins, FollowLinksOutside)
        {
            Baseline = Baseline,
            Overrides = Overrides,
            PackSettings = PackSettings,
            Formats = Formats,
            InvariantsRegistry = InvariantsRegistry,
            RejectedDesignsLog = RejectedDesignsLog,
            Cache = Cache,
        };
}
