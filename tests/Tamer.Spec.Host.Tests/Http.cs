using System.Net;
using System.Text;
using System.Text.Json;

namespace Tamer.Spec.Host.Tests;

/// <summary>Requests and the JSON of their answers, as a client of the API sees them.</summary>
internal static class Http
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(this HttpClient client, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await BodyOf(response));
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> GetJsonAsync(this HttpClient client, string path) => client.SendAsync(HttpMethod.Get, path);

    public static Task<(HttpStatusCode Status, JsonElement Body)> PostJsonAsync(this HttpClient client, string path, string? json = null) => client.SendAsync(HttpMethod.Post, path, json);

    public static async Task<(HttpStatusCode Status, JsonElement Body)> AssignAsync(this HttpClient client, string workItemId) =>
        await client.PostJsonAsync("/v1/work-items/" + workItemId + "/assignments");

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SubmitAsync(this HttpClient client, string assignmentId, params string[] changedFiles) =>
        await client.PostJsonAsync("/v1/assignments/" + assignmentId + "/submissions", JsonSerializer.Serialize(new { changedFiles }));

    public static async Task<(HttpStatusCode Status, JsonElement Body)> CompleteAsync(this HttpClient client, string assignmentId) =>
        await client.PostJsonAsync("/v1/assignments/" + assignmentId + "/complete");

    public static async Task<JsonElement> BodyOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static IReadOnlyList<string> Refusal(this JsonElement problem) => problem.GetProperty("refusal").EnumerateArray().Select(e => e.GetString()!).ToList();

    public static IReadOnlyList<string> DiagnosticIds(this JsonElement body) => body.GetProperty("diagnostics").EnumerateArray().Select(e => e.Str("id")).ToList();
}
