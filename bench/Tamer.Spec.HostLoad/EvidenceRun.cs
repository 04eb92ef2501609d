using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tamer.Spec.HostLoad;

/// <summary>
/// The test run a submission carries: a TRX file of <c>tests</c> passing results, the first two
/// naming the Work Item's AC-1 and AC-2 (<c>WI-ID/AC-n</c> in the test name), the rest other tests
/// of the suite. The shared part is escaped for JSON once; each submission adds its two lines.
/// </summary>
internal sealed class EvidenceRun
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TestRun id=\"4f0e\" name=\"load\" xmlns=\"http://microsoft.com/schemas/VisualStudio/TeamTest/2010\">\n  <Results>\n";
    private readonly string _rest;

    public EvidenceRun(int tests)
    {
        var rest = new StringBuilder();
        for (var i = 2; i < tests; i++)
        {
            rest.Append("    <UnitTestResult testId=\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\" testName=\"Load.Tests.Suite")
                .Append((i / 50).ToString(CultureInfo.InvariantCulture)).Append(".Case_").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append("_keeps_its_invariant\" outcome=\"Passed\" duration=\"00:00:00.0012000\" computerName=\"ci\" />\n");
        }

        rest.Append("  </Results>\n</TestRun>\n");
        _rest = Escaped(rest.ToString());
        Bytes = Encoding.UTF8.GetByteCount(Head) + rest.Length + 400;
    }

    /// <summary>About how large the TRX file is.</summary>
    public long Bytes { get; }

    /// <summary>The <c>"testRuns": [...]</c> member of a submission for <paramref name="workItemId"/>.</summary>
    public string TestRunsJson(string workItemId)
    {
        var own = Head
            + "    <UnitTestResult testId=\"0\" testName=\"Load.Tests.Criteria." + workItemId + "/AC-1 counts a failed login\" outcome=\"Passed\" duration=\"00:00:00.0010000\" />\n"
            + "    <UnitTestResult testId=\"1\" testName=\"Load.Tests.Criteria." + workItemId + "/AC-2 the sixth failure is 429\" outcome=\"Passed\" duration=\"00:00:00.0010000\" />\n";
        return "\"testRuns\":[{\"name\":\"load.trx\",\"content\":\"" + Escaped(own) + _rest + "\"}]";
    }

    private static string Escaped(string text)
    {
        var quoted = JsonSerializer.Serialize(text);
        return quoted[1..^1];
    }
}
