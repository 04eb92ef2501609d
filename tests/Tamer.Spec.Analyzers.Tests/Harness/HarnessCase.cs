using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Tamer.Spec.Analyzers.Tests.Harness;

/// <summary>A file of a harness case: its path under the root, its <c>TamerKind</c> (null for C#), and its text with markup.</summary>
internal sealed record CaseFile(string Path, string? Kind, string Markup);

/// <summary>A diagnostic a case expects where markup cannot say it (only its start is known): ID, file, line, column.</summary>
internal sealed record CaseDiagnostic(string Id, string Path, int Line, int Column);

/// <summary>
/// One project for the standard analyzer harness: Work Items, configuration and C# files with the
/// expected diagnostics marked (<c>{|TMR6001:"WI-NOPE-0001"|}</c>) or listed.
/// </summary>
internal sealed partial record HarnessCase(string Name, IReadOnlyList<CaseFile> Files, IReadOnlyList<CaseDiagnostic> Listed, bool IsTestProject = false)
{
    /// <summary>Every diagnostic ID the case expects.</summary>
    public IEnumerable<string> Ids => Files.SelectMany(f => MarkedId().Matches(f.Markup).Select(m => m.Groups["id"].Value)).Concat(Listed.Select(d => d.Id)).Distinct();

    public WorkItemAnalyzerTest ToTest()
    {
        var test = new WorkItemAnalyzerTest();
        foreach (var file in Files)
        {
            switch (file.Kind)
            {
                case null:
                    test.TestState.Sources.Add((HarnessProject.PathOf(file.Path), file.Markup));
                    break;
                case "Configuration":
                    test.Project.Configuration(test.TestState, file.Markup, file.Path);
                    break;
                default:
                    test.Project.WorkItem(test.TestState, file.Path, file.Markup, file.Kind);
                    break;
            }
        }

        if (IsTestProject)
        {
            test.Project.Property("IsTestProject", "true");
        }

        foreach (var listed in Listed)
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult(listed.Id, DiagnosticSeverity.Warning).WithOptions(DiagnosticOptions.IgnoreSeverity).WithLocation(HarnessProject.PathOf(listed.Path), listed.Line, listed.Column));
        }

        return test;
    }

    public override string ToString() => Name;

    [GeneratedRegex(@"\{\|(?<id>TMR\d{4}):", RegexOptions.CultureInvariant)]
    private static partial Regex MarkedId();
}
