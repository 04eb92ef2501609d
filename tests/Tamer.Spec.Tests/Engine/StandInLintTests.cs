using System.Text;
using NuGet.Versioning;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Fixes;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;
using Tamer.Spec.Text;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Tests.Engine;

/// <summary>
/// A host whose workspace holds stand-ins (Work Items rebuilt from their facts) lints each through
/// <see cref="LintOptions.LintInPlaceOf"/>: the whole document is analysed, and rules see the
/// stand-in as the Work Item being analysed, not as another with the same id.
/// </summary>
public sealed class StandInLintTests
{
    [Fact]
    public void A_whole_document_linted_in_a_stand_ins_place_gets_what_it_gets_in_a_workspace_of_whole_documents()
    {
        var whole = new[]
        {
            WorkItemParser.Parse("work-items/a.md", Item("WI-STI-0001", "[]")),
            WorkItemParser.Parse("work-items/b.md", Item("WI-STI-0002", "[WI-STI-0001]")),
            WorkItemParser.Parse("work-items/c.md", Item("WI-STI-0002", "[]")),
        };
        var standIns = whole.Select(d => WorkItemFacts.ReadDocument(new BinaryReader(new MemoryStream(Bytes(WorkItemFacts.Of(d)!))), d.Text)).ToList();
        var engine = new LintEngine([new SelfCountingPack()]);
        var lintedWhole = new List<WorkItemDocument>();

        var plain = engine.Lint(new WorkItemWorkspace(whole));
        var throughStandIns = engine.Lint(new WorkItemWorkspace(standIns), new LintOptions
        {
            LintInPlaceOf = (standIn, analyze) =>
            {
                var document = whole[standIns.IndexOf(standIn)];
                lock (lintedWhole)
                {
                    lintedWhole.Add(document);
                }

                return analyze(document);
            },
        });

        Messages(throughStandIns).ShouldBe(Messages(plain));
        FixTitles(throughStandIns).ShouldBe(FixTitles(plain));
        FixTitles(plain).ShouldBe(["0 others with its id", "1 others with its id", "1 others with its id"]);
        Messages(plain).ShouldBe(["work-items/a.md: 0 others with its id, 1 criteria", "work-items/b.md: 1 others with its id, 1 criteria", "work-items/c.md: 1 others with its id, 1 criteria"]);
        lintedWhole.Count.ShouldBe(3);
    }

    private static string[] FixTitles(LintResult result) =>
        result.Files.SelectMany(f => f.Diagnostics.SelectMany(d => d.Fixes.Select(x => x.Title))).ToArray();

    private static string[] Messages(LintResult result) =>
        result.Files.SelectMany(f => f.Diagnostics.Select(d => f.Path + ": " + d.Message)).ToArray();

    private static string Item(string id, string dependsOn) =>
        "---\nid: " + id + "\ntitle: Stand-in\nstatus: in_progress\nscope:\n  write: [src/a.ts]\n  extend_scope: false\nacceptance_criteria:\n  - \"AC-1: `run` prints 3\"\ndepends_on: " + dependsOn + "\n---\n";

    private static byte[] Bytes(WorkItemFacts facts)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            facts.WriteTo(writer);
        }

        return stream.ToArray();
    }

    // Reports, on each Work Item, how many others in the workspace have its id and how many
    // criteria the analysed document has (a stand-in has none).
    private sealed class SelfCountingPack : RulePack
    {
        public static readonly DiagnosticDescriptor Counted = new(
            "TST0300", "Counted", "{0} others with its id, {1} criteria", DiagnosticSeverity.Warning, new Uri("https://example.invalid/TST0300"), FixKind.Suggestion);

        public override string Axis => "self-counting";

        public override string Description => "A test-only axis that counts the Work Items sharing an id.";

        public override IReadOnlyList<Rule> Versions { get; } = [new Counting()];

        public override IReadOnlyList<FixProvider> FixProviders { get; } = [new CountingFix()];

        // A suggestion titled by how many other Work Items in the workspace share the id.
        private sealed class CountingFix : FixProvider
        {
            public override IReadOnlyList<string> FixableDiagnosticIds { get; } = ["TST0300"];

            public override IEnumerable<CodeFix> GetFixes(FixContext context)
            {
                var others = context.Workspace.FindById(context.WorkItem.Id!.Value).Count(d => !context.IsAnalyzedDocument(d));
                yield return context.Fix(others + " others with its id", FixKind.Suggestion, new TextEdit(new TextSpan(0, 0), string.Empty));
            }
        }

        private sealed class Counting : Rule
        {
            public Counting()
                : base(new NuGetVersion(1, 0, 0), [Counted])
            {
            }

            public override void Analyze(RuleContext context)
            {
                var id = context.WorkItem.Id!;
                var others = context.Workspace.FindById(id.Value).Count(d => !context.IsAnalyzedDocument(d));
                context.Report(Counted, id.Span, others, context.WorkItem.AcceptanceCriteria.Count);
            }
        }
    }
}
