using System.Text.Json;

namespace Tamer.Spec.Cli.Tests;

/// <summary>Reads the JSON report in tests.</summary>
internal static class Json
{
    /// <summary>The IDs reported for the file whose path ends with <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> Diagnostics(string report, string name)
    {
        using var json = JsonDocument.Parse(report);
        var file = json.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString()!.EndsWith(name, StringComparison.Ordinal));
        return file.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
    }
}
