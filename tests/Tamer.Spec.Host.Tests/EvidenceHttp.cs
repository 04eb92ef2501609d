using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Tamer.Spec.Host.Tests;

/// <summary>Submissions with test runs, reviews and worker records, as a client sends them; and test run files written the way the runners write them.</summary>
internal static class EvidenceHttp
{
    public static Task<(HttpStatusCode Status, JsonElement Body)> SubmitWithRunsAsync(this HttpClient client, string assignmentId, string[] changedFiles, params (string Name, string Content)[] runs) =>
        client.PostJsonAsync("/v1/assignments/" + assignmentId + "/submissions", JsonSerializer.Serialize(new
        {
            changedFiles,
            testRuns = runs.Select(r => new { name = r.Name, content = r.Content }),
        }));

    public static Task<(HttpStatusCode Status, JsonElement Body)> ReviewAsync(this HttpClient client, string assignmentId, string decision, string reason) =>
        client.PostJsonAsync("/v1/assignments/" + assignmentId + "/reviews", JsonSerializer.Serialize(new { decision, reason }));

    public static Task<(HttpStatusCode Status, JsonElement Body)> UnblockAsync(this HttpClient client, string worker, string reason) =>
        client.PostJsonAsync("/v1/workers/" + worker + "/unblock", JsonSerializer.Serialize(new { reason }));

    public static IReadOnlyList<string> Unproven(this JsonElement problem) =>
        problem.GetProperty("unproven").EnumerateArray().Select(u => u.Str("criterion") + " " + u.Str("diagnostic")).ToList();

    /// <summary>A JUnit XML file (the shape pytest and jest-junit write) with one test case per (name, passed).</summary>
    public static string JUnit(params (string Name, bool Passed)[] cases)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<testsuites><testsuite name=\"suite\" tests=\"" + cases.Length.ToString(CultureInfo.InvariantCulture) + "\">\n");
        foreach (var (name, passed) in cases)
        {
            text.Append("<testcase classname=\"suite\" name=\"").Append(name).Append('"').Append(passed ? " />\n" : "><failure message=\"expected 1, got 0\" /></testcase>\n");
        }

        return text.Append("</testsuite></testsuites>\n").ToString();
    }

    /// <summary>A TRX file (the shape dotnet test writes) with one result per (class, method, passed).</summary>
    public static string Trx(params (string Class, string Method, bool Passed)[] tests)
    {
        var definitions = new StringBuilder();
        var results = new StringBuilder();
        for (var i = 0; i < tests.Length; i++)
        {
            var (type, method, passed) = tests[i];
            var id = Guid.NewGuid().ToString();
            definitions.Append("    <UnitTest name=\"").Append(method).Append("\" id=\"").Append(id).Append("\"><TestMethod codeBase=\"Chain.Tests.dll\" className=\"").Append(type)
                .Append(", Chain.Tests, Version=1.0.0.0\" name=\"").Append(method).Append("\" /></UnitTest>\n");
            results.Append("    <UnitTestResult testId=\"").Append(id).Append("\" testName=\"").Append(type).Append('.').Append(method)
                .Append("\" outcome=\"").Append(passed ? "Passed" : "Failed").Append("\" duration=\"00:00:00.0010000\" />\n");
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TestRun id=\"" + Guid.NewGuid() + "\" name=\"run\" xmlns=\"http://microsoft.com/schemas/VisualStudio/TeamTest/2010\">\n"
            + "  <TestDefinitions>\n" + definitions + "  </TestDefinitions>\n  <Results>\n" + results + "  </Results>\n</TestRun>\n";
    }
}
