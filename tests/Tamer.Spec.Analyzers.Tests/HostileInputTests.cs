using Tamer.Spec.Testing;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// The analyzer never throws (Roslyn would report AD0001, and a build that treats AD0001 as an
/// error would fail for the wrong reason): every hostile input gives its diagnostic at its place.
/// Stays on <see cref="TestProject"/>: the inputs are bytes decoded the way the compiler decodes a file
/// (invalid UTF-8, a byte order mark, 10 MB), while the harness takes AdditionalFiles as text.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> Names => [.. HostileInputs.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_hostile_input_gives_its_diagnostic_without_an_analyzer_failure(string name)
    {
        var (bytes, id, line, column) = HostileInputs.Create(name);
        var project = new TestProject("/repo").WorkItemBytes("work-items/hostile.md", bytes);

        var found = (await project.AnalyzeAsync()).Select(d => Located.From(d, "/repo")).ToList();

        found.ShouldNotContain(d => d.Id == "TMR9003");
        if (name == "invalid-utf8")
        {
            // The compiler decodes a file that is not UTF-8 with a fallback encoding before any
            // analyzer sees it: TMR0010 is the command line's and the build task's to report.
            found.ShouldNotContain(d => d.Id == "TMR0010");
            return;
        }

        found.ShouldContain(d => d.Id == id && d.Line == line && d.Column == column, string.Join("\n", found));
    }
}
