using Tamer.Spec.Engine;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Tests.Format;

/// <summary>The format rule's fixture folder, linted once with the format rule alone.</summary>
internal static class FormatFixtures
{
    private static readonly Lazy<FixtureFolder> Linted = new(() =>
        FixtureFolder.Lint(RepositoryPaths.InRepository("tests", "Tamer.Spec.Tests", "fixtures", "format"), new LintEngine([])));

    public static FixtureFolder Folder => Linted.Value;
}
