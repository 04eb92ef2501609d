using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// A pack sees the core only through what a rule reads and reports with: the rule contract, the
/// Work Item document and its positions, diagnostics and fixes. The engine's own machinery
/// (the lint loop, rule selection, severity policy, report writers) is not for packs: a pack that
/// used it would decide for itself what the engine decides once for every host.
/// </summary>
public sealed class PackBoundaryTests
{
    // What a rule may read and report with, by namespace of the core.
    private static readonly HashSet<string> ContractNamespaces = new(StringComparer.Ordinal)
    {
        "Tamer.Spec.Rules",
        "Tamer.Spec.Diagnostics",
        "Tamer.Spec.Fixes",
        "Tamer.Spec.Model",
        "Tamer.Spec.Parsing",
        "Tamer.Spec.Text",
        "Tamer.Spec.Workspace",
        "Tamer.Spec.Paths",
        "Tamer.Spec.Claims",
        "Tamer.Spec.TestRuns",
        "Tamer.Spec.Yaml",
        "Tamer.Spec.Spelling",

        // The document's format profile (WorkItemDocument.Profile) and what it found in its own layout.
        "Tamer.Spec.Formats",

        // The invariants registry's entries and the rejected-designs log's records the workspace carries.
        "Tamer.Spec.Memory",
    };

    // The few types of the engine's and the reports' namespaces that are part of what a rule reads or writes.
    private static readonly HashSet<string> ContractTypes = new(StringComparer.Ordinal)
    {
        "Tamer.Spec.Engine.WorkItemChange",
        "Tamer.Spec.Reporting.RelatedWorkItems",
        "Tamer.Spec.Reporting.RelatedWorkItem",
    };

    // The one suppression policy, which the engine applies: the format rule reports the entries it
    // does not accept (TMR0009); no other pack decides anything about suppressions.
    private static readonly HashSet<string> FormatRuleTypes = new(StringComparer.Ordinal)
    {
        "Tamer.Spec.Engine.SuppressionPolicy",
        "Tamer.Spec.Engine.SuppressionProblem",
    };

    public static TheoryData<string> Packs => new(AxisPacks.UnderRules.Select(p => p.Axis));

    [Theory]
    [MemberData(nameof(Packs))]
    public void A_pack_uses_only_the_rule_contract_of_the_core(string axis)
    {
        var pack = AxisPacks.UnderRules.Single(p => p.Axis == axis);

        var outside = CoreTypesUsedBy(pack.GetType().Assembly.Location)
            .Where(type => !ContractTypes.Contains(type) && !ContractNamespaces.Contains(NamespaceOf(type)))
            .Where(type => !(axis == "format" && FormatRuleTypes.Contains(type)))
            .ToList();

        outside.ShouldBeEmpty("the " + axis + " pack uses core types outside the rule contract; move what it needs into the contract (docs/architecture.md) or into the pack");
    }

    [Fact]
    public void The_check_sees_a_pack_that_reaches_into_the_engine()
    {
        // The test project itself uses the engine: the same reading must find it.
        CoreTypesUsedBy(typeof(PackBoundaryTests).Assembly.Location).ShouldContain("Tamer.Spec.Engine.LintEngine");
    }

    // Every type of the core assembly (Tamer.Spec) the assembly refers to, by full name.
    private static List<string> CoreTypesUsedBy(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        var used = new List<string>();
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            var scope = reference;
            while (scope.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                scope = metadata.GetTypeReference((TypeReferenceHandle)scope.ResolutionScope);
            }

            if (scope.ResolutionScope.Kind != HandleKind.AssemblyReference)
            {
                continue;
            }

            var assembly = metadata.GetAssemblyReference((AssemblyReferenceHandle)scope.ResolutionScope);
            if (metadata.GetString(assembly.Name) != "Tamer.Spec")
            {
                continue;
            }

            var name = metadata.GetString(scope.Namespace) + "." + metadata.GetString(scope.Name);
            used.Add(name);
        }

        return used.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static string NamespaceOf(string type) => type[..type.LastIndexOf('.')];
}
