using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli.Tests;

/// <summary>Compiles a small rule pack assembly from C# source, as a third party would build one, against this Tamer.Spec.</summary>
internal static class PackCompiler
{
    public static string Compile(string folder, string assemblyName, string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(RulePack).Assembly.Location)
            .Append(typeof(NuGet.Versioning.NuGetVersion).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var path = Path.Combine(folder, assemblyName + ".dll");
        Directory.CreateDirectory(folder);
        var result = compilation.Emit(path);
        result.Success.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return path;
    }

    /// <summary>A pack with one rule version that reports <paramref name="id"/> on every Work Item's first line.</summary>
    public static string PackSource(string axis, string id, string? contractVersion = null) => $$"""
        using System.Collections.Generic;
        using NuGet.Versioning;
        using Tamer.Spec.Diagnostics;
        using Tamer.Spec.Rules;

        {{(contractVersion is null ? string.Empty : "[assembly: RuleContractVersion(\"" + contractVersion + "\")]")}}

        public sealed class TestPack : RulePack
        {
            public override string Axis => "{{axis}}";
            public override string Description => "test";
            public override IReadOnlyList<Rule> Versions { get; } = new Rule[] { new TestRule() };
        }

        public sealed class TestRule : Rule
        {
            internal static readonly DiagnosticDescriptor Descriptor = new("{{id}}", "t", "reported by {{axis}}", DiagnosticSeverity.Warning, new System.Uri("https://example.com/{{id}}"));
            public TestRule() : base(new NuGetVersion(1, 0, 0), new[] { Descriptor }) { }
            public override void Analyze(RuleContext context) => context.Report(Descriptor, context.WorkItem.OpeningLineSpan);
        }
        """;
}
