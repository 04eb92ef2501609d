using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Tamer.Spec.Analyzers.Tests.Harness;

/// <summary>
/// The standard analyzer test for Work Items: the expected diagnostics are marked in the
/// AdditionalFiles (<c>{|TMR0007:doing|}</c>) or listed, and the harness fails on any other
/// diagnostic, on a wrong position, and on an analyzer exception (AD0001).
/// </summary>
internal sealed class WorkItemAnalyzerTest : CSharpAnalyzerTest<WorkItemAnalyzer, DefaultVerifier>
{
    public WorkItemAnalyzerTest()
    {
        ReferenceAssemblies = HarnessProject.NoReferencePackage;
    }

    public HarnessProject Project { get; } = new();

    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        Project.ApplyTo(TestState);
        return base.RunImplAsync(cancellationToken);
    }
}
