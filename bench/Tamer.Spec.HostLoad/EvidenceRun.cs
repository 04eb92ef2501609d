using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tamer.Spec.HostLoad;

/// <summary>
/// The test run a submission carries: a TRX file of <c>tests</c> passing results in the shape
/// <c>dotnet test</c> writes (definitions with their test methods, then results), the first two
/// naming the Work Item's AC-1 and AC-2 (<c>WI-ID/AC-n</c> as the test's display name), the rest
/// other tests of the suite. The shared parts are escaped for JSON once; each submission adds its two results.
/// </summary>
internal sealed class EvidenceRun
{
    private readonly string _before;
    private readonly string _after;

    public EvidenceRun(int tests)
    {
        var before = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TestRun id=\"4f0e\" name=\"load\" xmlns=\"http://microsoft.com/schemas/VisualStudio/TeamTest/2010\">\n  <TestDefinitions>\n");
        var after = new StringBuilder();
        for (var i = 2; i < tests; i++)
        {
            var id = "00000000-0000-0000-0000-" + i.ToString("D12", CultureInfo.InvariantCulture);
            var type = "Load.Tests.Suite" + (i / 50).ToString(CultureInfo.InvariantCulture);
            var method = "Case_" + i.ToString(CultureInfo.InvariantCulture) + "_keeps_its_invariant";
            before.Append("    <UnitTest name=\"").Append(method).Append("\" storage=\"/ci/load.tests.dll\" id=\"").Append(id).Append("\"><Execution id=\"").Append(id)
                .Append("\" /><TestMethod codeBase=\"/ci/Load.Tests.dll\" adapterTypeName=\"executor://xunit/VsTestRunner3/netcore/\" className=\"").Append(type)
                .Append(", Load.Tests, Version=1.0.0.0\" name=\"").Append(method).Append("\" /></UnitTest>\n");
            after.Append("    <UnitTestResult executionId=\"").Append(id).Append("\" testId=\"").Append(id).Append("\" testName=\"").Append(type).Append('.').Append(method)
                .Append("\" computerName=\"ci\" duration=\"00:00:00.0012000\" startTime=\"2026-12-07T06:00:00.000+00:00\" endTime=\"2026-12-07T06:00:00.001+00:00\" outcome=\"Passed\" />\n");
        }

        before.Append("  </TestDefinitions>\n  <Results>\n");
        after.Append("  </Results>\n</TestRun>\n");
        Bytes = before.Length + after.Length;
        _before = Escaped(before.ToString());
        _after = Escaped(after.ToString());
    }

    /// <summary>How large the TRX file is, in bytes (it is ASCII).</summary>
    public long Bytes { get; }

    /// <summary>The <c>"testRuns": [...]</c> member of a submission for <paramref name="workItemId"/>.</summary>
    public string TestRunsJson(string workItemId)
    {
        var own = "    <UnitTestResult testId=\"c0\" testName=\"" + workItemId + "/AC-1 counts a failed login\" outcome=\"Passed\" duration=\"00:00:00.0010000\" />\n"
            + "    <UnitTestResult testId=\"c1\" testName=\"" + workItemId + "/AC-2 the sixth failure is 429\" outcome=\"Passed\" duration=\"00:00:00.0010000\" />\n";
        return "\"testRuns\":[{\"name\":\"load.trx\",\"content\":\"" + _before + Escaped(own) + _after + "\"}]";
    }

    private static string Escaped(string text) => JsonSerializer.Serialize(text)[1..^1];
}
