using System.Net;

namespace Tamer.Spec.Host.Tests;

/// <summary>What a crash test checks after the restart: each acknowledged step of an assignment is there, or a later one.</summary>
internal static class AcknowledgedSteps
{
    private static readonly Dictionary<string, int> Rank = new() { ["in_progress"] = 0, ["review"] = 1, ["done"] = 2 };

    /// <param name="client">A client of the restarted host.</param>
    /// <param name="acknowledged">Each acknowledged step (<c>assigned</c>, <c>review</c>, <c>done</c>) with its assignment.</param>
    public static async Task ShouldHoldAsync(HttpClient client, IEnumerable<(string Step, string Assignment)> acknowledged)
    {
        foreach (var (step, assignment) in acknowledged)
        {
            var (status, stored) = await client.GetJsonAsync("/v1/assignments/" + assignment);
            status.ShouldBe(HttpStatusCode.OK, assignment + " was acknowledged as " + step);
            Rank[stored.Str("status")].ShouldBeGreaterThanOrEqualTo(step == "assigned" ? 0 : Rank[step], assignment);
        }
    }
}
