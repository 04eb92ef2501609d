using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// Reports the gate's diagnostics in the compiler and the IDE: each Work Item among the
/// AdditionalFiles gets the same IDs, positions and messages as <c>tamer-lint</c> (TMR1009, which
/// needs the disk, aside); in a project that has <c>[Satisfies]</c>, the claims of its tests are
/// checked against the Work Items (TMR6001–TMR6003).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WorkItemAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RoslynDescriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var project = new ProjectAnalysis(context.Options, context.Compilation, context.CancellationToken);
        context.RegisterAdditionalFileAction(project.ReportFile);
        if (ClaimReader.FindAttribute(context.Compilation) is { } attribute)
        {
            var traceability = new TraceabilityAnalysis(project, attribute);
            context.RegisterSyntaxNodeAction(traceability.ReadClaim, SyntaxKind.Attribute);
            context.RegisterCompilationEndAction(traceability.ReportUnclaimed);
        }
    }
}
