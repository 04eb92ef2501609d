using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Tamer.Spec.Configuration;
using EngineDiagnostic = Tamer.Spec.Diagnostics.Diagnostic;
using EngineSeverity = Tamer.Spec.Diagnostics.DiagnosticSeverity;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// The severity a Work Item diagnostic is reported with, in order of precedence:
/// <list type="number">
/// <item>the compilation's own options for the ID (<c>.globalconfig</c>, <c>NoWarn</c>,
/// <c>WarningsAsErrors</c>): the compiler applies them to whatever the analyzer reports, so they
/// win over everything below;</item>
/// <item><c>tamer_diagnostic.ID.severity</c> in the <c>.editorconfig</c> sections that match the file;</item>
/// <item><c>severity:</c> in <c>.tamer.yml</c>, then the rule's own choice, then the default (the engine).</item>
/// </list>
/// A diagnostic that is off in <c>.tamer.yml</c> (or by default) but turned on by a file's section
/// or by the compilation's options is computed by asking the engine for it at <c>info</c>.
/// </summary>
internal sealed class SeverityLayers
{
    private readonly Dictionary<string, Dictionary<string, SeverityChoice>> _byFile;
    private readonly HashSet<string> _switchedOn;
    private readonly HashSet<string> _onInCompilation;

    private SeverityLayers(TamerConfiguration engineConfiguration, Dictionary<string, Dictionary<string, SeverityChoice>> byFile, HashSet<string> switchedOn, HashSet<string> onInCompilation, IReadOnlyList<string> problems)
    {
        EngineConfiguration = engineConfiguration;
        _byFile = byFile;
        _switchedOn = switchedOn;
        _onInCompilation = onInCompilation;
        Problems = problems;
    }

    /// <summary>The configuration to lint with: <c>.tamer.yml</c>'s, with switched-on IDs at <c>info</c>.</summary>
    public TamerConfiguration EngineConfiguration { get; }

    /// <summary>Unreadable <c>tamer_diagnostic</c> values, each described for a TMR9001.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static SeverityLayers Create(TamerConfiguration configuration, IEnumerable<AdditionalInput> files, CompilationOptions? compilationOptions, CancellationToken cancellationToken)
    {
        var ids = RoslynDescriptors.Ids.ToList();
        var byFile = new Dictionary<string, Dictionary<string, SeverityChoice>>(StringComparer.Ordinal);
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        var onInFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var choices = new Dictionary<string, SeverityChoice>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                if (SeverityKeys.TryRead(file.Options, id, out var choice, out var invalid))
                {
                    choices[id] = choice;
                    if (choice.Severity is not null)
                    {
                        onInFiles.Add(id);
                    }
                }
                else if (invalid is not null)
                {
                    problems.Add("'" + SeverityKeys.For(id) + " = " + invalid + "' in the .editorconfig of " + file.DocumentPath + " is not a severity (use error, warning, suggestion, silent, none or default)");
                }
            }

            if (choices.Count > 0)
            {
                byFile[file.Path] = choices;
            }
        }

        var onInCompilation = new HashSet<string>(ids.Where(id => IsOnInCompilation(compilationOptions, id, cancellationToken)), StringComparer.Ordinal);
        var switchedOn = new HashSet<string>(onInFiles.Concat(onInCompilation).Where(id => IsOff(configuration, id)), StringComparer.Ordinal);
        var engineConfiguration = switchedOn.OrderBy(id => id, StringComparer.Ordinal)
            .Aggregate(configuration, (c, id) => c.WithSeverity(new SeveritySetting(id, EngineSeverity.Info, null)));
        return new SeverityLayers(engineConfiguration, byFile, switchedOn, onInCompilation, problems.ToList());
    }

    /// <summary>The severity to report <paramref name="diagnostic"/> with in <paramref name="file"/>; null to leave it out.</summary>
    public DiagnosticSeverity? Resolve(AdditionalInput? file, EngineDiagnostic diagnostic)
    {
        if (file is not null && _byFile.TryGetValue(file.Path, out var choices) && choices.TryGetValue(diagnostic.Id, out var choice))
        {
            return choice.Severity;
        }

        if (_switchedOn.Contains(diagnostic.Id))
        {
            // Off in .tamer.yml and only switched on for some files: here only if the compilation wants it.
            return _onInCompilation.Contains(diagnostic.Id) ? RoslynDescriptors.ToRoslyn(diagnostic.Severity) : null;
        }

        return RoslynDescriptors.ToRoslyn(diagnostic.Severity);
    }

    private static bool IsOff(TamerConfiguration configuration, string id) =>
        (configuration.FindSeverity(id)?.Severity ?? AnalyzerEngine.Instance.FindDescriptor(id)?.DefaultSeverity) == EngineSeverity.None;

    /// <summary>The IDs the compilation's options turn on, in ID order.</summary>
    public static IEnumerable<string> OnInCompilation(CompilationOptions? options, CancellationToken cancellationToken) =>
        RoslynDescriptors.Ids.Where(id => IsOnInCompilation(options, id, cancellationToken)).OrderBy(id => id, StringComparer.Ordinal);

    private static bool IsOnInCompilation(CompilationOptions? options, string id, CancellationToken cancellationToken)
    {
        if (options is null)
        {
            return false;
        }

        if (options.SpecificDiagnosticOptions.TryGetValue(id, out var specific))
        {
            return IsOn(specific);
        }

        return options.SyntaxTreeOptionsProvider is { } provider && provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out var global) && IsOn(global);
    }

    private static bool IsOn(ReportDiagnostic report) => report is ReportDiagnostic.Error or ReportDiagnostic.Warn or ReportDiagnostic.Info or ReportDiagnostic.Hidden;
}
