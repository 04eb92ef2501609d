using System.Linq;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Fuzz;

/// <summary>
/// Target <c>workitem</c>: the input is a Work Item file's bytes. It is parsed and linted with every
/// built-in pack, at the newest and at the oldest version of each, beside two fixed Work Items.
/// Nothing may throw, no rule may fail (TMR9003), the run needs no run-level diagnostic, and every
/// diagnostic points inside the file with positions that match its span.
/// </summary>
internal sealed class WorkItemLintTarget : IFuzzTarget
{
    public const string Path = "work-items/fuzzed.md";

    public string Name => "workitem";

    public void Run(byte[] input)
    {
        var document = WorkItemParser.Parse(Path, input);
        var workspace = new WorkItemWorkspace(ContextWorkItems.Documents.Append(document).ToList());
        foreach (var configuration in FuzzEngine.EveryVersion)
        {
            var result = FuzzEngine.Engine.Lint(workspace, new LintOptions { Configuration = configuration, ShouldReport = d => ReferenceEquals(d, document) });
            if (result.RunDiagnostics.Count > 0)
            {
                throw new FuzzFailure("the run reported " + result.RunDiagnostics[0]);
            }

            var file = result.Files.Single();
            DiagnosticChecks.NoRuleFailed(file.Diagnostics.Concat(file.SuppressedDiagnostics));
            DiagnosticChecks.LocatedIn(file.Diagnostics.Concat(file.SuppressedDiagnostics), Path, document.Text);
        }
    }
}
