using System;
using System.Linq;
using Tamer.Spec.Fixes;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Fuzz;

/// <summary>
/// Target <c>fix</c>: the input is a Work Item file's bytes; <c>--fix</c> applies the safe fixes of
/// every built-in pack (beside the two fixed Work Items). After each input: the fixed text parses
/// (no fatal problem it did not have, no more problems than before); a second fix pass changes
/// nothing; in every pass the text outside the edits is unchanged; and a changed file's original
/// bytes are exactly the input, so writing the fix changes no byte outside the edits.
/// </summary>
internal sealed class FixTarget : IFuzzTarget
{
    public const string Path = "work-items/fuzzed.md";

    public string Name => "fix";

    public void Run(byte[] input)
    {
        var document = WorkItemParser.Parse(Path, input);
        var fixer = new WorkItemFixer(FuzzEngine.Engine);
        var file = fixer.Fix(new[] { document }, ContextWorkItems.Documents, FixScope.Safe).Files.Single();
        if (!file.Changed)
        {
            return;
        }

        if (!file.OriginalBytes.AsSpan().SequenceEqual(input))
        {
            throw new FuzzFailure("a file whose text is not exactly its bytes was fixed: writing it would change bytes outside the edits");
        }

        foreach (var pass in file.Passes)
        {
            TextOutsideEdits.ShouldBeUnchanged(pass);
        }

        if (file.Fixed.HasFatalProblem && !file.Original.HasFatalProblem)
        {
            throw new FuzzFailure("the fixed text no longer parses: " + file.Fixed.Problems.First(p => p.IsFatal).Kind);
        }

        if (file.Fixed.Problems.Count > file.Original.Problems.Count)
        {
            throw new FuzzFailure("the fixed text has " + file.Fixed.Problems.Count + " parse problems, the original " + file.Original.Problems.Count);
        }

        var again = fixer.Fix(new[] { WorkItemParser.Parse(Path, file.Bytes) }, ContextWorkItems.Documents, FixScope.Safe).Files.Single();
        if (again.Changed)
        {
            throw new FuzzFailure("a second fix pass changed the file again (" + string.Join(", ", again.Applied.Select(f => f.DiagnosticId)) + ")");
        }
    }
}
