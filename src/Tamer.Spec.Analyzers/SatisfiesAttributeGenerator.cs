using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// Adds <c>Tamer.Spec.SatisfiesAttribute</c> to test projects (<c>IsTestProject</c>), or to any
/// project that sets <c>TamerSatisfiesAttribute</c> to true; <c>false</c> leaves it out. A project
/// that declares the attribute itself keeps its own.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SatisfiesAttributeGenerator : IIncrementalGenerator
{
    /// <summary>The MSBuild property that forces the attribute in (true) or out (false).</summary>
    public const string SwitchKey = "build_property.TamerSatisfiesAttribute";

    /// <summary>The property test SDKs set.</summary>
    public const string TestProjectKey = "build_property.IsTestProject";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var wanted = context.AnalyzerConfigOptionsProvider.Select((provider, _) => IsWanted(provider.GlobalOptions));
        var declared = context.CompilationProvider.Select((compilation, _) => compilation.Assembly.GetTypeByMetadataName(SatisfiesAttributeSource.MetadataName) is not null);
        context.RegisterSourceOutput(wanted.Combine(declared), (output, switches) =>
        {
            if (switches.Left && !switches.Right)
            {
                output.AddSource(SatisfiesAttributeSource.HintName, SatisfiesAttributeSource.Text);
            }
        });
    }

    private static bool IsWanted(AnalyzerConfigOptions global)
    {
        if (global.TryGetValue(SwitchKey, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            return string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        return global.TryGetValue(TestProjectKey, out var test) && string.Equals(test?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }
}
