using System;
using System.Reflection;
using NuGet.Versioning;

namespace Tamer.Spec.Rules;

/// <summary>
/// The version of the rule contract (<see cref="RulePack"/>, <see cref="Rule"/>, <see cref="RuleContext"/>,
/// the fix and diagnostic types) that this engine implements. The major changes when a pack built
/// for the old contract could no longer run correctly. A pack says which contract it was compiled
/// against with <see cref="RuleContractVersionAttribute"/>; the engine leaves out a pack built for a
/// newer major, with TMR9003. Packs built for an older major are accepted: a new major may add to
/// the contract, and the engine keeps serving what older packs use until a release log says
/// otherwise. A pack that declares no version is taken to be built for the current contract.
/// </summary>
public static class RuleContract
{
    /// <summary>
    /// The contract version, as a constant: <c>[assembly: RuleContractVersion(RuleContract.Version)]</c>
    /// in a pack records the value of the core the pack was compiled against, not of the one it runs with.
    /// </summary>
    public const string Version = "1.0.0";

    /// <summary>The contract version this engine implements.</summary>
    public static SemanticVersion Current { get; } = SemanticVersion.Parse(Version);

    /// <summary>
    /// Why the engine cannot run <paramref name="pack"/> under this contract, or null when it can.
    /// A pack whose assembly declares no contract version is taken to be built for this one.
    /// </summary>
    public static string? Check(RulePack pack)
    {
        if (pack is null)
        {
            throw new ArgumentNullException(nameof(pack));
        }

        string? declared;
        try
        {
            declared = pack.GetType().Assembly.GetCustomAttribute<RuleContractVersionAttribute>()?.Version;
        }
#pragma warning disable CA1031 // An assembly whose attributes cannot be read is a pack left out, not a crash.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return "its assembly's attributes cannot be read (" + exception.GetType().Name + ": " + exception.Message + ")";
        }

        if (declared is null)
        {
            return null;
        }

        if (!SemanticVersion.TryParse(declared, out var version))
        {
            return "it declares the rule contract version '" + declared + "', which is not a version (MAJOR.MINOR.PATCH)";
        }

        return version.Major > Current.Major
            ? "it was built for rule contract " + version.ToNormalizedString() + " and this engine implements " + Version + "; use a Tamer.Spec with contract " + version.Major + ".x, or a version of the pack built for " + Current.Major + ".x"
            : null;
    }
}
