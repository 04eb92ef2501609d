using Tamer.Spec.Engine;
using Tamer.Spec.Rules.Format;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Tests.Format;

/// <summary>
/// The format rule's fixture folders, each linted once with the format rule alone: the native
/// format's files, and the format profiles' files in the folder layouts their formats use.
/// </summary>
internal static class FormatFixtures
{
    private static readonly Lazy<FixtureFolder> Linted = new(() =>
        FixtureFolder.Lint(RepositoryPaths.InRepository("rules", "format", "fixtures"), new LintEngine([FormatRulePack.Instance])));

    private static readonly Lazy<FixtureFolder> LintedProfiles = new(() =>
        FixtureFolder.Lint(RepositoryPaths.InRepository("rules", "format", "fixtures", "profiles"), new LintEngine([FormatRulePack.Instance]), SearchOption.AllDirectories));

    public static FixtureFolder Folder => Linted.Value;

    public static FixtureFolder Profiles => LintedProfiles.Value;

    public static IEnumerable<FixtureFolder> All => [Folder, Profiles];
}
