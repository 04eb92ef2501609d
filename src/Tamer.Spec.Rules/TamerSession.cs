using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tamer.Spec.Baselines;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Plugins;
using Tamer.Spec.Rules.Format;

namespace Tamer.Spec.Rules;

/// <summary>
/// The one way every host opens a workspace: it finds and reads the configuration (a file that
/// is missing or unreadable is <see cref="Error"/>, the same sentence in every host), applies the
/// host's rule and severity settings on top, loads the plug-in packs beside the built-in ones, and
/// checks the rule selection, so that a host only has to decide how to fail (exit code 2, a build
/// error, a host that does not start) and what to lint with <see cref="Engine"/>.
/// </summary>
public sealed class TamerSession
{
    private TamerSession(string? configurationPath, string root, TamerConfiguration configuration, LintEngine engine, IReadOnlyList<Diagnostic> configurationProblems, IReadOnlyList<Diagnostic> selectionProblems, string? error, Baseline? baseline = null)
    {
        Baseline = baseline;
        BaselinePath = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, configuration.Baseline ?? BaselineFile.DefaultName));
        ConfigurationProblems = configurationProblems;
        var problems = configurationProblems.Concat(selectionProblems).ToList();
        ConfigurationPath = configurationPath;
        Root = root;
        Configuration = configuration;
        Engine = engine;
        Problems = problems;
        Error = error;
    }

    /// <summary>The configuration file in use (full path), or null when there is none.</summary>
    public string? ConfigurationPath { get; }

    /// <summary>The folder the configuration's <c>include</c>, <c>exclude</c> and <c>plugins</c> are relative to.</summary>
    public string Root { get; }

    /// <summary>The configuration, with the host's settings on top (the defaults when <see cref="Failed"/>).</summary>
    public TamerConfiguration Configuration { get; }

    /// <summary>
    /// The baseline every lint of the session honours (pass it as <see cref="LintOptions.Baseline"/>),
    /// or null when <see cref="BaselinePath"/> does not exist.
    /// </summary>
    public Baseline? Baseline { get; }

    /// <summary>
    /// Where the baseline is read and written: <c>baseline:</c> of the configuration, or
    /// <c>.tamer-baseline.json</c> in <see cref="Root"/>. A file that is not there is an empty
    /// baseline (it hides nothing); one that does not read is <see cref="Error"/>.
    /// </summary>
    public string BaselinePath { get; }

    /// <summary>A file's path relative to <see cref="Root"/> with '/', as the configuration's globs and <c>overrides</c> see it.</summary>
    public string RelativePath(string fullPath)
    {
        var folder = Root.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar;
        var path = fullPath ?? throw new ArgumentNullException(nameof(fullPath));
        return (path.StartsWith(folder, StringComparison.Ordinal) ? path.Substring(folder.Length) : path).Replace('\\', '/');
    }

    /// <summary>The engine over the packs and the loaded plugins.</summary>
    public LintEngine Engine { get; }

    /// <summary>What is wrong with the configuration (TMR9001, TMR9002), with locations: the file's and the settings' problems, then the rule selection's.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>
    /// The file's and the settings' problems alone (a lint reports the rule selection's with its own
    /// run diagnostics, so a host that lints logs only these).
    /// </summary>
    public IReadOnlyList<Diagnostic> ConfigurationProblems { get; }

    /// <summary>Why the configuration could not be read at all, or null.</summary>
    public string? Error { get; }

    /// <summary>True when nothing can be linted: the configuration is unreadable or has an error.</summary>
    public bool Failed => Error is not null || Problems.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// The line a host that shows one line prints when <see cref="Failed"/>: the error, or the first
    /// problem in the compiler form (<c>.tamer.yml(2,10): TMR9002: message</c>); null otherwise.
    /// </summary>
    public string? FailureMessage => Error ?? (Problems.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } problem ? Describe(problem) : null);

    // Every session reads the files as Work Items first: packs given without the format rule get it
    // in front, as the built-in list has it.
    private static List<RulePack> WithFormatRule(IEnumerable<RulePack> packs)
    {
        var list = packs.ToList();
        if (!list.Any(p => p is FormatRulePack))
        {
            list.Insert(0, FormatRulePack.Instance);
        }

        return list;
    }

    private static string Describe(Diagnostic problem) =>
        (problem.Location is { } location ? location.Path + "(" + location.Start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + location.Start.Column.ToString(System.Globalization.CultureInfo.InvariantCulture) + "): " : string.Empty)
        + problem.Id + ": " + problem.Message;

    /// <summary>Opens a session for the Work Items under <paramref name="startDirectory"/>.</summary>
    public static TamerSession Open(string startDirectory, TamerSessionOptions? options = null)
    {
        if (startDirectory is null)
        {
            throw new ArgumentNullException(nameof(startDirectory));
        }

        options ??= new TamerSessionOptions();
        var display = options.DisplayPath ?? (p => p);
        var path = options.ConfigurationFile is { } given
            ? Path.GetFullPath(Path.Combine(startDirectory, given))
            : ConfigurationLocator.Find(startDirectory, options.RepositoryRoot);
        var root = path is not null ? Path.GetDirectoryName(path)! : options.RepositoryRoot ?? startDirectory;
        var packs = WithFormatRule(options.Packs ?? BuiltInRulePacks.All);
        var configuration = TamerConfiguration.Default;
        var problems = new List<Diagnostic>();
        if (path is not null)
        {
            var loaded = ConfigurationFile.Load(path, display(path));
            if (loaded.Error is not null)
            {
                return new TamerSession(path, root, configuration, new LintEngine(packs), Array.Empty<Diagnostic>(), Array.Empty<Diagnostic>(), loaded.Error);
            }

            configuration = loaded.Configuration;
            problems.AddRange(loaded.Diagnostics);
        }

        configuration = WithSettings(configuration, options, problems);
        var engine = !options.LoadPlugins || problems.Any(d => d.Severity == DiagnosticSeverity.Error) || (configuration.Plugins.Count == 0 && options.PluginAssemblies?.Any() != true)
            ? new LintEngine(packs)
            : CreateEngine(packs, RulePackLoader.LoadPlugins(configuration, root, options.PluginAssemblies));
        var baselinePath = Path.GetFullPath(Path.Combine(root, configuration.Baseline ?? BaselineFile.DefaultName));
        Baseline? baseline = null;
        if (File.Exists(baselinePath))
        {
            baseline = BaselineFile.Load(baselinePath, display(baselinePath), options.Today ?? DateTime.UtcNow.Date, out var baselineError);
            if (baselineError is not null)
            {
                return new TamerSession(path, root, configuration, engine, problems, Array.Empty<Diagnostic>(), baselineError);
            }
        }

        return new TamerSession(path, root, configuration, engine, problems, engine.SelectRules(configuration).Diagnostics, null, baseline);
    }

    private static LintEngine CreateEngine(IReadOnlyList<RulePack> packs, RulePackLoadResult plugins) =>
        new(packs.Concat(plugins.Packs), plugins.Problems);

    private static TamerConfiguration WithSettings(TamerConfiguration configuration, TamerSessionOptions options, List<Diagnostic> problems)
    {
        foreach (var option in options.RuleSettings)
        {
            if (ConfigurationParser.ParseRuleOption(option, out var problem) is { } setting)
            {
                configuration = configuration.WithRule(setting);
            }
            else
            {
                problems.Add(problem!);
            }
        }

        foreach (var option in options.SeveritySettings)
        {
            if (ConfigurationParser.ParseSeverityOption(option, out var problem) is { } setting)
            {
                configuration = configuration.WithSeverity(setting);
            }
            else
            {
                problems.Add(problem!);
            }
        }

        return configuration;
    }
}
