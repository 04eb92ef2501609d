using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests;

/// <summary>A Work Item linted with a change, as <c>tamer-lint verify</c> does: only what the change brings.</summary>
internal static class ChangeLint
{
    private static readonly LintEngine Engine = new(AxisPacks.UnderRules);

    public static FileLintResult Result(WorkItemDocument document, IEnumerable<string> changedPaths, TamerConfiguration? configuration = null) =>
        Engine.Lint(
            new WorkItemWorkspace([document]),
            new LintOptions { Configuration = configuration ?? TamerConfiguration.Default, Change = new WorkItemChange(changedPaths), ChangeOnly = true })
        .Files.Single();

    public static IReadOnlyList<Diagnostic> Drift(WorkItemDocument document, IEnumerable<string> changedPaths, TamerConfiguration? configuration = null) =>
        Result(document, changedPaths, configuration).Diagnostics;
}
