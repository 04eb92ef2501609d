using Tamer.Spec.TestRuns;

namespace Tamer.Spec.Tests.TestRuns;

/// <summary>TRX and JUnit XML read into test results: names, the method a C# claim matches, outcomes and the criteria a test names itself.</summary>
public sealed class TestRunReaderTests
{
    [Fact]
    public void A_TRX_file_gives_each_result_with_its_method_and_outcome()
    {
        var run = TestRunReader.Read("run.trx", """
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun id="1" name="ci" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
                <UnitTestResult testId="a" testName="Shop.Tests.CartTests.Total_is_rounded(amount: 10.005)" outcome="Passed" />
                <UnitTestResult testId="b" testName="Shop.Tests.CartTests.Empty_cart" outcome="Failed" />
                <UnitTestResult testId="c" testName="WI-SHOP-0007/AC-3 checkout" outcome="NotExecuted" />
                <UnitTestResult testId="d" testName="Shop.Tests.CartTests.Slow" outcome="Timeout" />
                <UnitTestResult testId="e" testName="Shop.Tests.CartTests.Odd" outcome="Inconclusive" />
              </Results>
              <TestDefinitions>
                <UnitTest name="Shop.Tests.CartTests.Total_is_rounded(amount: 10.005)" id="a"><TestMethod className="Shop.Tests.CartTests, Shop.Tests, Version=1.0.0.0" name="Total_is_rounded" /></UnitTest>
                <UnitTest name="Shop.Tests.CartTests.Empty_cart" id="b"><TestMethod className="Shop.Tests.CartTests" name="Empty_cart" /></UnitTest>
              </TestDefinitions>
            </TestRun>
            """);

        run.Format.ShouldBe("trx");
        run.Results.Select(r => (r.Method, r.Outcome)).ShouldBe(new[]
        {
            ((string?)"Shop.Tests.CartTests.Total_is_rounded", TestOutcome.Passed),
            ("Shop.Tests.CartTests.Empty_cart", TestOutcome.Failed),
            (null, TestOutcome.Skipped),
            (null, TestOutcome.Failed),
            (null, TestOutcome.NotRun),
        });
        run.Results[0].IsClaimedBy("Shop.Tests.CartTests.Total_is_rounded").ShouldBeTrue();
        run.Results[0].IsClaimedBy("Shop.Tests.CartTests").ShouldBeTrue("a claim on the class covers its methods");
        run.Results[0].IsClaimedBy("Shop.Tests.Cart").ShouldBeFalse("a prefix of a name is not the class");
        run.Results[2].Criteria.ShouldBe([new CriterionReference("WI-SHOP-0007", "AC-3")]);
    }

    [Fact]
    public void A_JUnit_file_reads_nested_suites_failures_errors_skips_and_properties()
    {
        var run = TestRunReader.Read("junit.xml", """
            <testsuites>
              <testsuite name="outer">
                <testsuite name="inner">
                  <testcase classname="pkg.CartTest" name="total"><properties><property name="covers" value="WI-SHOP-0007/AC-1, WI-SHOP-0007/AC-2" /></properties></testcase>
                  <testcase classname="pkg.CartTest" name="empty"><error message="boom" /></testcase>
                </testsuite>
                <testcase name="bare WI-SHOP-0007/AC-12"><skipped /></testcase>
                <testcase classname="pkg.CartTest" name="body"><properties><property name="criterion">WI-SHOP-0007/AC-4</property><property name="criterion"><![CDATA[WI-SHOP-0007/AC-5]]></property></properties><failure /></testcase>
              </testsuite>
            </testsuites>
            """);

        run.Format.ShouldBe("junit");
        run.Results.Select(r => (r.Method, r.Outcome)).ShouldBe(new[]
        {
            ((string?)"pkg.CartTest.total", TestOutcome.Passed),
            ("pkg.CartTest.empty", TestOutcome.Failed),
            ("bare WI-SHOP-0007/AC-12", TestOutcome.Skipped),
            ("pkg.CartTest.body", TestOutcome.Failed),
        });
        run.Results[0].Criteria.Select(c => c.ToString()).ShouldBe(["WI-SHOP-0007/AC-1", "WI-SHOP-0007/AC-2"]);
        run.Results[2].Criteria.Select(c => c.ToString()).ShouldBe(["WI-SHOP-0007/AC-12"]);
        run.Results[3].Criteria.Select(c => c.ToString()).ShouldBe(["WI-SHOP-0007/AC-4", "WI-SHOP-0007/AC-5"]);
    }

    [Theory]
    [InlineData("see WI-A-1/AC-10x", new string[0])]
    [InlineData("WIA/AC-1 is not an id", new string[0])]
    [InlineData("(WI-AUTH-0042/AC-2)", new[] { "WI-AUTH-0042/AC-2" })]
    [InlineData("task-7/AC-3 and task-7.1/AC-1", new[] { "task-7/AC-3", "task-7.1/AC-1" })]
    public void A_criterion_reference_is_an_id_a_slash_and_a_criterion_id(string text, string[] expected)
    {
        CriterionReference.FindIn(text).Select(r => r.ToString()).ShouldBe(expected);
    }

    [Theory]
    [InlineData("<TestRun xmlns=\"urn:other\" />", "r.xml(1,2): the root element is <TestRun>")]
    [InlineData("<testsuite><testcase classname=\"a\" /></testsuite>", "r.xml(1,13): a <testcase> without name")]
    [InlineData("", "r.xml: not well-formed XML")]
    public void A_file_it_cannot_read_names_the_place(string text, string message)
    {
        Should.Throw<TestRunFormatException>(() => TestRunReader.Read("r.xml", text)).Message.ShouldStartWith(message);
    }
}
