using Tamer.Spec.Rules.Format;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Tests.Format;

/// <summary>
/// Runs every fixture of the format rule: the TMR0xxx diagnostics of each file are exactly the
/// ones its markers name, every format diagnostic fires in some fixture, and every one has a
/// near-miss fixture where it must not fire.
/// </summary>
public sealed class FormatFixtureTests
{
    public static TheoryData<string> FileNames => new(FormatFixtures.Folder.FileNames);

    public static TheoryData<string> ProfileFileNames => new(FormatFixtures.Profiles.FileNames);

    private static bool IsFormatId(string id) => id.StartsWith("TMR0", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Diagnostics_match_the_markers(string fileName)
    {
        var fixtures = FormatFixtures.Folder;

        fixtures.Actual(fileName, IsFormatId).ShouldBe(fixtures.Expected(fileName, IsFormatId), "markers of " + fileName);
    }

    [Theory]
    [MemberData(nameof(ProfileFileNames))]
    public void Diagnostics_of_the_profiles_files_match_the_markers(string fileName)
    {
        var fixtures = FormatFixtures.Profiles;

        fixtures.Actual(fileName, IsFormatId).ShouldBe(fixtures.Expected(fileName, IsFormatId), "markers of " + fileName);
    }

    [Fact]
    public void Every_format_diagnostic_fires_in_a_fixture()
    {
        var marked = FormatFixtures.All.SelectMany(fixtures => fixtures.FileNames.SelectMany(f => fixtures.Expected(f, IsFormatId))).Select(e => e.Id).ToHashSet();

        FormatDiagnostics.All.Select(d => d.Id).Where(id => !marked.Contains(id)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_format_diagnostic_has_a_near_miss_where_it_does_not_fire()
    {
        var covered = new HashSet<string>();
        foreach (var fixtures in FormatFixtures.All)
        {
            foreach (var file in fixtures.FileNames)
            {
                foreach (var id in FixtureMarkers.ReadNearMisses(fixtures.Text(file)))
                {
                    fixtures.Actual(file, d => d == id).ShouldBeEmpty(id + " fires in its near miss " + file);
                    covered.Add(id);
                }
            }
        }

        FormatDiagnostics.All.Select(d => d.Id).Where(id => !covered.Contains(id)).ShouldBeEmpty();
    }
}
