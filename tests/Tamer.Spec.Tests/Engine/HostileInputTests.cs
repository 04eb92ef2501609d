using System.Text;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules.Format;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Tests.Engine;

/// <summary>
/// Malformed, oversized and hostile inputs: each becomes a diagnostic with a location, never an
/// exception, with every available rule running. (Their cost is measured by the benchmark project.)
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> Inputs => new(HostileInputs.Names);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_hostile_input_gives_a_located_diagnostic_and_no_exception(string name)
    {
        var (bytes, id, line, column) = HostileInputs.Create(name);
        var engine = new LintEngine(new Tamer.Spec.Rules.RulePack[] { FormatRulePack.Instance, new VersionedTestPack() });

        var document = WorkItemParser.Parse(name + ".md", bytes);
        var result = engine.Lint(new WorkItemWorkspace(new[] { document }));

        var diagnostic = result.Files.Single().Diagnostics.First(d => d.Id == id);
        diagnostic.Location.ShouldNotBeNull();
        (diagnostic.Location.Start.Line, diagnostic.Location.Start.Column).ShouldBe((line, column));
        result.Files.Single().Diagnostics.ShouldNotContain(d => d.Id == "TMR9003");
    }

    [Theory]
    [InlineData("")]
    [InlineData("---")]
    [InlineData("---\n---")]
    [InlineData("\uFEFF")]
    [InlineData("---\r\n\r\n---\r\n")]
    [InlineData("---\nid:\n  - [\n---\n")]
    [InlineData("---\n? [complex, key]\n: value\n---\n")]
    [InlineData("---\n!!binary id: x\n---\n")]
    [InlineData("---\nscope: &s\n  write: *s\n---\n")]
    [InlineData("---\n%YAML 1.2\n---\n")]
    [InlineData("---\nacceptance_criteria:\n  - {id: [x], text: {a: b}, verify: [c]}\n---\n## Acceptance criteria\n- \n-\n")]
    [InlineData("---\ninvariants: [[], {}, ~, {statement: [x]}, {\"\": \"\"}]\nsuppress: {[a]: b, c: [d]}\n---\n")]
    public void Odd_inputs_never_make_a_rule_throw(string text)
    {
        var engine = new LintEngine(new Tamer.Spec.Rules.RulePack[] { FormatRulePack.Instance, new VersionedTestPack() });

        var result = engine.Lint(new WorkItemWorkspace(new[] { WorkItemParser.Parse("odd.md", Encoding.UTF8.GetBytes(text)) }));

        result.Files.Single().Diagnostics.ShouldNotContain(d => d.Id == "TMR9003");
        result.Files.Single().Diagnostics.ShouldAllBe(d => d.Location != null);
    }
}
