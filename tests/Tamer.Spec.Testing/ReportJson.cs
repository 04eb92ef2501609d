using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tamer.Spec.Testing;

/// <summary>
/// The command line's JSON report, read the way the host parity tests compare hosts: the files and
/// their diagnostics, not which tool wrote them.
/// </summary>
public static class ReportJson
{
    public static string FilesOf(string report)
    {
        var json = JsonNode.Parse(report) ?? throw new InvalidOperationException("not JSON:\n" + report);
        return json["files"]!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Every diagnostic of a report as (id, file, line, column, message), in order.</summary>
    public static IReadOnlyList<(string Id, string File, int Line, int Column, string Message)> Diagnostics(string report)
    {
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("diagnostics").EnumerateArray().Select(d => (
                d.GetProperty("id").GetString()!,
                f.GetProperty("path").GetString()!,
                d.GetProperty("line").GetInt32(),
                d.GetProperty("column").GetInt32(),
                d.GetProperty("message").GetString()!)))
            .ToList();
    }
}
