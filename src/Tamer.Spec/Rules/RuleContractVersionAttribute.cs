using System;

namespace Tamer.Spec.Rules;

/// <summary>
/// Declares, on a rule pack's assembly, the rule contract it was compiled against:
/// <c>[assembly: RuleContractVersion(RuleContract.Version)]</c>. The constant is copied into the
/// pack when it compiles, so the engine can tell a pack built for a newer contract and leave it out.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class RuleContractVersionAttribute : Attribute
{
    /// <summary>Creates the declaration.</summary>
    public RuleContractVersionAttribute(string version)
    {
        Version = version;
    }

    /// <summary>The contract version (SemVer), as written.</summary>
    public string Version { get; }
}
