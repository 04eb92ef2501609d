using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// What <c>--fix</c> promises, checked on 1,000 generated Work Items (see
/// <see cref="FixableWorkItemGenerator"/>) and on every fixture: afterwards no diagnostic with a
/// safe fix remains; in every pass, every character outside the edits' spans is unchanged; each
/// fixed file reads at least as well as before; a second run changes nothing; the byte order mark
/// and the line endings survive. And the fixes only change what they are for: the same top-level
/// keys, the same write paths in the same order, the same criteria texts, the same dependencies
/// less repeats and the Work Item's own id, and every comment not on a removed line.
/// </summary>
public sealed class FixPropertyTests
{
    private const int GeneratedCount = 1_000;

    public static TheoryData<string> Workspaces()
    {
        var data = new TheoryData<string>();
        for (var chunk = 0; chunk < GeneratedCount / 100; chunk++)
        {
            data.Add("generated:" + chunk);
        }

        foreach (var folder in AxisPacks.FixtureFolders())
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, folder).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Workspaces))]
    public void Safe_fixes_leave_nothing_safe_to_fix_and_change_nothing_else(string workspace)
    {
        var (documents, keptComments) = Load(workspace);
        var run = new WorkItemFixer(AxisPacks.Engine()).Fix(documents, [], FixScope.Safe);

        foreach (var file in run.Files)
        {
            file.Warnings.ShouldBeEmpty(file.Path);
            SameMeaning(file);
            foreach (var comment in keptComments.GetValueOrDefault(file.Path, []))
            {
                file.Text.ShouldContain(comment, Case.Sensitive, file.Path + " lost a comment:\n" + UnifiedDiff.Create(file.Path, file.OriginalText, file.Text));
            }

            foreach (var pass in file.Passes)
            {
                OnlyTheEditsChanged(pass, file.Path);
            }

            file.Fixed.Problems.Count.ShouldBeLessThanOrEqualTo(file.Original.Problems.Count, file.Path + " reads worse after the fixes");
            file.Fixed.HasFatalProblem.ShouldBe(file.Original.HasFatalProblem, file.Path);
            StartsWithByteOrderMark(file.Bytes).ShouldBe(file.Original.Text.HasByteOrderMark, file.Path);
            if (file.OriginalText.Contains("\r\n", StringComparison.Ordinal) && !HasLoneLineFeed(file.OriginalText))
            {
                HasLoneLineFeed(file.Text).ShouldBeFalse(file.Path + " lost its CRLF line endings");
            }
        }

        run.Result.Files.SelectMany(f => f.Diagnostics.Where(d => d.Fixes.Any(x => x.Kind == FixKind.Safe)).Select(d => f.Path + ": " + d))
            .ShouldBeEmpty("diagnostics a safe fix claims to fix remain");

        var again = new WorkItemFixer(AxisPacks.Engine()).Fix(run.Files.Select(f => f.Fixed).ToList(), [], FixScope.Safe);
        again.Changed.Select(f => f.Path).ShouldBeEmpty("a second run changed files");
    }

    [Fact]
    public void The_generated_work_items_give_every_safe_fix_work()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var chunk = 0; chunk < GeneratedCount / 100; chunk++)
        {
            var run = new WorkItemFixer(AxisPacks.Engine()).Fix(Load("generated:" + chunk).Documents, [], FixScope.Safe);
            ids.UnionWith(run.Files.SelectMany(f => f.Applied).Select(f => f.DiagnosticId));
        }

        ids.Order(StringComparer.Ordinal).ShouldBe(new[] { "TMR1002", "TMR1005", "TMR2006", "TMR4005" });
    }

    private static void SameMeaning(FixedFile file)
    {
        if (file.Original.WorkItem is not { } before || !file.Changed)
        {
            return;
        }

        var after = file.Fixed.WorkItem.ShouldNotBeNull(file.Path);
        var diff = "\n" + UnifiedDiff.Create(file.Path, file.OriginalText, file.Text);
        after.Frontmatter!.Entries.Select(e => e.KeyText).ShouldBe(before.Frontmatter!.Entries.Select(e => e.KeyText), file.Path + ": top-level keys changed" + diff);
        after.Scope.WritablePaths.Select(p => p.Text).ShouldBe(before.Scope.WritablePaths.Select(p => p.Text), file.Path + ": write paths changed" + diff);
        after.AcceptanceCriteria.Items.Select(c => c.Text.Value).ShouldBe(before.AcceptanceCriteria.Items.Select(c => c.Text.Value), file.Path + ": criteria texts changed" + diff);
        RemovesOnlyRepeatsAndItself(before.DependsOn.Items.Select(d => d.Value).ToList(), after.DependsOn.Items.Select(d => d.Value).ToList(), before.Id?.Value, file.Path + diff);
    }

    // What is left of depends_on is the list, in order, less some entries that repeat an earlier
    // one or name the Work Item itself; every distinct other id is still there.
    private static void RemovesOnlyRepeatsAndItself(List<string> before, List<string> after, string? own, string because)
    {
        var next = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in before)
        {
            if (next < after.Count && after[next] == id && (id == own || seen.Add(id) || true))
            {
                next++;
                seen.Add(id);
                continue;
            }

            (id == own || seen.Contains(id)).ShouldBeTrue("'" + id + "' was removed from depends_on though it is neither a repeat nor the own id: " + because);
        }

        next.ShouldBe(after.Count, "depends_on gained entries: " + because);
    }

    // Walks the old and the new text together: between edits they must agree character for character.
    private static void OnlyTheEditsChanged(FixPass pass, string path)
    {
        var edits = pass.Applied.SelectMany(f => f.Edits).OrderBy(e => e.Span.Start).ToList();
        int oldPosition = 0, newPosition = 0;
        foreach (var edit in edits)
        {
            var kept = edit.Span.Start - oldPosition;
            string.CompareOrdinal(pass.TextBefore, oldPosition, pass.TextAfter, newPosition, kept).ShouldBe(0, path + ": text outside the edits changed");
            newPosition += kept;
            string.CompareOrdinal(pass.TextAfter, newPosition, edit.NewText, 0, edit.NewText.Length).ShouldBe(0, path + ": an edit was not applied as written");
            newPosition += edit.NewText.Length;
            oldPosition = edit.Span.End;
        }

        (pass.TextBefore.Length - oldPosition).ShouldBe(pass.TextAfter.Length - newPosition, path);
        string.CompareOrdinal(pass.TextBefore, oldPosition, pass.TextAfter, newPosition, pass.TextBefore.Length - oldPosition).ShouldBe(0, path + ": the text after the last edit changed");
    }

    private static (IReadOnlyList<WorkItemDocument> Documents, Dictionary<string, IReadOnlyList<string>> KeptComments) Load(string workspace)
    {
        if (workspace.StartsWith("generated:", StringComparison.Ordinal))
        {
            var chunk = int.Parse(workspace["generated:".Length..], System.Globalization.CultureInfo.InvariantCulture);
            var generator = new FixableWorkItemGenerator(seed: 7_000 + chunk);
            var items = Enumerable.Range(0, 100).Select(generator.Next).ToList();
            return (items.Select(f => WorkItemParser.Parse(f.Path, f.Bytes)).ToList(), items.ToDictionary(f => f.Path, f => f.KeptComments));
        }

        var folder = RepositoryPaths.InRepository(workspace.Split('/'));
        var documents = Directory.GetFiles(folder, "*.md").Where(f => !f.EndsWith(".fixed.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => WorkItemParser.Parse(Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        return (documents, new Dictionary<string, IReadOnlyList<string>>());
    }

    private static bool StartsWithByteOrderMark(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    private static bool HasLoneLineFeed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            {
                return true;
            }
        }

        return false;
    }
}
