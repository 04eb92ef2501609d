using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// The worked example of docs/host.md ("Scope requests: a worked example"), run as written: each
/// request block is sent to a host over the repository's example Work Items, and the answer must
/// be the block after it: the same status and the same JSON, where generated ids (an <c>A</c> or
/// <c>S</c> and 32 hex digits) stand for the ids this run made, consistently, and timestamps for
/// timestamps.
/// </summary>
public sealed partial class WorkedExampleTests
{
    private const string Section = "## Scope requests: a worked example";

    [Fact]
    public async Task The_worked_example_in_the_host_docs_gives_the_answers_it_shows()
    {
        var steps = Steps(File.ReadAllText(RepositoryPaths.InRepository("docs", "host.md")));
        steps.Count.ShouldBeGreaterThanOrEqualTo(6, "assign, drift, request, approve, submit, complete");
        await using var host = await RunningHost.StartAsync(HostFolders.CopyOf(RepositoryPaths.InRepository("examples", "work-items")));
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var actual = new StringBuilder();
        var failures = new List<string>();

        foreach (var (request, response) in steps)
        {
            var (method, path, token, body) = ParseRequest(Substitute(request, ids));
            using var client = host.Client(token);
            using var message = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json") };
            using var answer = await client.SendAsync(message, TestContext.Current.CancellationToken);
            var status = answer.StatusCode;
            var json = WithoutTraceId(await Http.BodyOf(answer));
            var (expectedStatus, location, expectedJson) = ParseResponse(response);
            actual.Append(method).Append(' ').Append(path).Append(" -> ").Append((int)status).AppendLine().AppendLine(json.ValueKind == JsonValueKind.Undefined ? string.Empty : JsonSerializer.Serialize(json, Indented));
            if ((int)status != expectedStatus)
            {
                failures.Add(method + " " + path + ": " + (int)status + " where the docs show " + expectedStatus);
            }
            else if (Compare(expectedJson, json, "$", ids) is { } difference)
            {
                failures.Add(method + " " + path + ": " + difference);
            }
            else if (location is not null && Substitute(location, ids) != answer.Headers.Location?.ToString())
            {
                failures.Add(method + " " + path + ": Location " + answer.Headers.Location + " where the docs show " + location);
            }
        }

        failures.ShouldBeEmpty("the answers of this run:\n" + actual);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // Pairs of (request block, answer block) of the section's ```http blocks.
    private static List<(string Request, string Response)> Steps(string markdown)
    {
        var start = markdown.IndexOf(Section, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, "docs/host.md has the section " + Section);
        var end = markdown.IndexOf("\n## ", start + Section.Length, StringComparison.Ordinal);
        var section = markdown[start..(end < 0 ? markdown.Length : end)];
        var blocks = HttpBlock().Matches(section).Select(m => m.Groups[1].Value).ToList();
        (blocks.Count % 2).ShouldBe(0, "each request block is followed by its answer");
        return Enumerable.Range(0, blocks.Count / 2).Select(i => (blocks[2 * i], blocks[(2 * i) + 1])).ToList();
    }

    private static (string Method, string Path, string? Token, string? Body) ParseRequest(string block)
    {
        var (head, body) = Split(block);
        var lines = head.Split('\n');
        var requestLine = lines[0].Split(' ');
        var token = lines.Skip(1).Select(l => l.Split(": ", 2)).Where(h => h[0] == "Authorization").Select(h => h[1]["Bearer ".Length..]).FirstOrDefault();
        return (requestLine[0], requestLine[1], token, body.Length == 0 ? null : body);
    }

    private static (int Status, string? Location, JsonElement Body) ParseResponse(string block)
    {
        var (head, body) = Split(block);
        var lines = head.Split('\n');
        var location = lines.Skip(1).Select(l => l.Split(": ", 2)).Where(h => h[0] == "Location").Select(h => h[1]).FirstOrDefault();
        return (int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), location, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }

    // A problem's traceId differs in every answer; the docs leave it out.
    private static JsonElement WithoutTraceId(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("traceId", out _))
        {
            return body;
        }

        var copy = System.Text.Json.Nodes.JsonNode.Parse(body.GetRawText())!.AsObject();
        copy.Remove("traceId");
        return JsonDocument.Parse(copy.ToJsonString()).RootElement.Clone();
    }

    private static (string Head, string Body) Split(string block)
    {
        var text = block.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        return blank < 0 ? (text, string.Empty) : (text[..blank], text[(blank + 2)..].Trim());
    }

    // The docs' value against the answer's; null when they agree. Learns which generated id of the run each id of the docs stands for.
    private static string? Compare(JsonElement expected, JsonElement actual, string where, Dictionary<string, string> ids)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return where + ": " + actual.ValueKind + " where the docs show " + expected.ValueKind;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var names = expected.EnumerateObject().Select(p => p.Name).ToList();
                var actualNames = actual.EnumerateObject().Select(p => p.Name).ToList();
                if (!names.SequenceEqual(actualNames))
                {
                    return where + ": members " + string.Join(", ", actualNames) + " where the docs show " + string.Join(", ", names);
                }

                return names.Select(n => Compare(expected.GetProperty(n), actual.GetProperty(n), where + "." + n, ids)).FirstOrDefault(d => d is not null);
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return where + ": " + actual.GetArrayLength() + " items where the docs show " + expected.GetArrayLength();
                }

                return Enumerable.Range(0, expected.GetArrayLength()).Select(i => Compare(expected[i], actual[i], where + "[" + i + "]", ids)).FirstOrDefault(d => d is not null);
            case JsonValueKind.String:
                var documented = expected.GetString()!;
                var answered = actual.GetString()!;
                if (GeneratedId().IsMatch(documented) && GeneratedId().IsMatch(answered) && GeneratedId().Matches(documented).Count == 1 && documented.Length == answered.Length)
                {
                    var docId = GeneratedId().Match(documented).Value;
                    var runId = answered.Substring(GeneratedId().Match(documented).Index, docId.Length);
                    if (ids.TryGetValue(docId, out var known) && known != runId)
                    {
                        return where + ": " + runId + " where the docs' " + docId + " stood for " + known;
                    }

                    ids[docId] = runId;
                }

                if (Timestamp().IsMatch(documented) && Timestamp().IsMatch(answered))
                {
                    return null;
                }

                var substituted = Substitute(documented, ids);
                return substituted == answered ? null : where + ": \"" + answered + "\" where the docs show \"" + documented + "\"";
            default:
                return expected.GetRawText() == actual.GetRawText() ? null : where + ": " + actual.GetRawText() + " where the docs show " + expected.GetRawText();
        }
    }

    private static string Substitute(string text, Dictionary<string, string> ids) =>
        GeneratedId().Replace(text, m => ids.TryGetValue(m.Value, out var run) ? run : m.Value);

    [GeneratedRegex("```http\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex HttpBlock();

    [GeneratedRegex("[AS][0-9a-f]{32}")]
    private static partial Regex GeneratedId();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")]
    private static partial Regex Timestamp();
}
