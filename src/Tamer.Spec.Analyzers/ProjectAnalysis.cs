using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Tamer.Spec.Engine;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// One compilation's view of its Work Items: linted once, on first need, and reported file by
/// file. Nothing escapes as an exception (Roslyn would turn it into AD0001): a failure becomes
/// one TMR9003 naming it.
/// </summary>
internal sealed class ProjectAnalysis
{
    private readonly Lazy<ProjectLint?> _lint;
    private Exception? _failure;

    public ProjectAnalysis(AnalyzerOptions options, Compilation compilation, CancellationToken cancellationToken)
    {
        _lint = new Lazy<ProjectLint?>(() => Run(options, compilation, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The lint, or null when it failed (the failure is reported once, with the first file).</summary>
    public ProjectLint? Lint => _lint.Value;

    public void ReportFile(AdditionalFileAnalysisContext context)
    {
        var lint = Lint;
        var path = context.AdditionalFile.Path;
        if (lint is null)
        {
            if (_failure is not null && FirstFile(context.Options) == path)
            {
                context.ReportDiagnostic(Failure(_failure));
            }

            return;
        }

        foreach (var reported in lint.For(path))
        {
            context.ReportDiagnostic(reported.ToRoslyn());
        }

        if (string.Equals(lint.UnlocatedReportedWith, path, StringComparison.Ordinal))
        {
            foreach (var reported in lint.Unlocated)
            {
                context.ReportDiagnostic(reported.ToRoslyn());
            }
        }
    }

    /// <summary>A failure of the analyzer itself, as the engine reports a rule that throws.</summary>
    public static Diagnostic Failure(Exception exception) => Diagnostic.Create(
        RoslynDescriptors.For(EngineDiagnostics.RuleFailure.Id),
        Location.None,
        DiagnosticSeverity.Error,
        additionalLocations: null,
        properties: null,
        "the Work Item analysis failed (" + exception.GetType().Name + ": " + exception.Message + "); no Work Item diagnostics were computed");

    private ProjectLint? Run(AnalyzerOptions options, Compilation compilation, CancellationToken cancellationToken)
    {
        try
        {
            return ProjectLintCache.GetOrRun(ProjectInputs.From(options, cancellationToken), compilation.Options, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The analyzer never throws: a failure is one diagnostic, not AD0001.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _failure = exception;
            return null;
        }
    }

    private static string? FirstFile(AnalyzerOptions options)
    {
        string? first = null;
        foreach (var file in options.AdditionalFiles)
        {
            if (first is null || string.CompareOrdinal(ProjectPaths.Normalize(file.Path), ProjectPaths.Normalize(first)) < 0)
            {
                first = file.Path;
            }
        }

        return first;
    }
}
