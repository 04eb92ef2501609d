using System.Net;
using System.Text.Json;

namespace Tamer.Spec.Host.Tests;

/// <summary>Scope requests and decisions, as a client sends them.</summary>
internal static class ScopeHttp
{
    public static Task<(HttpStatusCode Status, JsonElement Body)> RequestScopeAsync(this HttpClient client, string assignmentId, string reason, params string[] paths) =>
        client.PostJsonAsync("/v1/assignments/" + assignmentId + "/scope-requests", JsonSerializer.Serialize(new { paths, access = "write", reason }));

    public static Task<(HttpStatusCode Status, JsonElement Body)> DecideAsync(this HttpClient client, string requestId, string decision, string reason, bool overrideForbidden = false) =>
        client.PostJsonAsync(
            "/v1/scope-requests/" + requestId + "/decision",
            overrideForbidden
                ? JsonSerializer.Serialize(new Dictionary<string, object> { ["decision"] = decision, ["reason"] = reason, ["override_forbidden"] = true })
                : JsonSerializer.Serialize(new { decision, reason }));
}
