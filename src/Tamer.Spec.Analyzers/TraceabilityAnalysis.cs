using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Tamer.Spec.Claims;
using Tamer.Spec.Engine;
using Tamer.Spec.Rules.Traceability;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// The claims of one compilation: each <c>[Satisfies]</c> is checked as it is read (TMR6001 and
/// TMR6002 on its arguments), and once every claim is known, the criteria of finished Work Items
/// that no test claims are reported at their line in the Work Item (TMR6003, when turned on).
/// </summary>
internal sealed class TraceabilityAnalysis
{
    private readonly ProjectAnalysis _project;
    private readonly INamedTypeSymbol _attribute;
    private readonly ConcurrentQueue<CriterionClaim> _claims = new();

    public TraceabilityAnalysis(ProjectAnalysis project, INamedTypeSymbol attribute)
    {
        _project = project;
        _attribute = attribute;
    }

    public void ReadClaim(SyntaxNodeAnalysisContext context)
    {
        try
        {
            if (_project.Lint?.Linted is not { } linted
                || ClaimReader.Read((AttributeSyntax)context.Node, context.SemanticModel, _attribute, context.CancellationToken) is not { } claim)
            {
                return;
            }

            _claims.Enqueue(claim);
            var result = Lint(linted, [claim], complete: false, reportWorkItems: false);
            foreach (var diagnostic in result.ClaimDiagnostics)
            {
                if (linted.Severities.Resolve(null, diagnostic) is { } severity)
                {
                    context.ReportDiagnostic(RoslynDiagnostics.Create(diagnostic, RoslynDiagnostics.InTree(context.Node.SyntaxTree, diagnostic.Location!), severity));
                }
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The analyzer never throws: a failure is one diagnostic, not AD0001.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            context.ReportDiagnostic(ProjectAnalysis.Failure(exception));
        }
    }

    public void ReportUnclaimed(CompilationAnalysisContext context)
    {
        try
        {
            if (_project.Lint?.Linted is not { } linted)
            {
                return;
            }

            var result = Lint(linted, _claims.ToList(), complete: true, reportWorkItems: true);
            foreach (var diagnostic in result.Files.SelectMany(f => f.Diagnostics).Where(d => d.Id == TraceabilityDiagnostics.UnclaimedCriterion.Id))
            {
                var file = linted.InputOf(diagnostic.Location!.Path);
                if (file is not null && linted.Severities.Resolve(file, diagnostic) is { } severity)
                {
                    context.ReportDiagnostic(RoslynDiagnostics.Create(diagnostic, RoslynDiagnostics.InFile(file.Path, diagnostic.Location), severity));
                }
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The analyzer never throws: a failure is one diagnostic, not AD0001.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            context.ReportDiagnostic(ProjectAnalysis.Failure(exception));
        }
    }

    // The claims judged by the engine as the change of the project's Work Items: TMR6001 and
    // TMR6002 at the claims, and with every claim read, TMR6003 in the finished Work Items.
    private static LintResult Lint(LintedWorkspace linted, IReadOnlyList<CriterionClaim> claims, bool complete, bool reportWorkItems) =>
        AnalyzerEngine.Instance.Lint(linted.Workspace, new LintOptions
        {
            Configuration = linted.Severities.EngineConfiguration,
            Change = WorkItemChange.OfClaims(claims, complete),
            ChangeOnly = true,
            ShouldReport = reportWorkItems ? null : _ => false,
        });
}
