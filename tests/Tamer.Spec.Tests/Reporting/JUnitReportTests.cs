using System.Xml.Linq;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Rules.Format;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Tests.Reporting;

public sealed class JUnitReportTests
{
    [Fact]
    public void A_message_quoting_a_control_character_still_gives_well_formed_XML()
    {
        var document = WorkItemParser.Parse("a\u0001.md", "---\nid: WI-X-0001\ntitle: T\nstatus: \"do\u0001ing\"\n---\n");
        var result = new LintEngine([FormatRulePack.Instance]).Lint(new WorkItemWorkspace([document]));
        using var output = new StringWriter();

        new JUnitReportWriter().Write(result, ToolInfo.TamerLint(), output);

        var report = XDocument.Parse(output.ToString());
        var testCase = report.Descendants("testcase").Single();
        testCase.Attribute("classname")!.Value.ShouldBe("a\uFFFD.md");
        testCase.Element("failure")!.Value.ShouldContain("TMR0007");
    }
}
