using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Tamer.Spec.Testing;

/// <summary>
/// The hostile inputs the parser must survive, with the diagnostic each must give and where.
/// Shared by the tests (correctness) and the benchmarks (time per input).
/// </summary>
public static class HostileInputs
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "file-of-50-mb", "alias-bomb", "nested-10000-deep", "invalid-utf8", "binary-nul-bytes", "empty-file", "bom-and-crlf",
    ];

    /// <summary>The input's bytes, and the diagnostic (ID, line, column) it must give.</summary>
    public static (byte[] Bytes, string Id, int Line, int Column) Create(string name) => name switch
    {
        "file-of-50-mb" => (Utf8("---\nid: WI-BIG-0001\ntitle: big\n---\n").Concat(Enumerable.Repeat((byte)'x', 50 * 1024 * 1024)).ToArray(), "TMR0006", 1, 1),
        "alias-bomb" => (Utf8(AliasBomb()), "TMR0006", 7, 45),
        "nested-10000-deep" => (Utf8("---\nid: WI-DEEP-0001\ntitle: deep\nlabels: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\n"), "TMR0006", 4, 40),
        "invalid-utf8" => (Utf8("---\nid: WI-UTF-0001\ntitle: caf").Concat(new byte[] { 0xE9, 0x20, 0xFF }).Concat(Utf8("\n---\n")).ToArray(), "TMR0010", 3, 11),
        "binary-nul-bytes" => (Utf8("---\nid: WI-BIN-0001\n").Concat(new byte[] { 0, 1, 2, 3, 0xFF, 0xFE }).ToArray(), "TMR0010", 3, 1),
        "empty-file" => (Array.Empty<byte>(), "TMR0001", 1, 1),
        "bom-and-crlf" => (new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("---\r\nid: WI-BOM-0001\r\ntitle: t\r\nstatus: doing\r\n---\r\n")).ToArray(), "TMR0007", 4, 9),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    // Ten levels of ten aliases each: 10^10 nodes if expanded.
    private static string AliasBomb()
    {
        var lines = new List<string> { "---", "id: WI-BOMB-0001", "title: bomb", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 10; i++)
        {
            lines.Add($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]");
        }

        lines.Add("---");
        return string.Join("\n", lines) + "\n";
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
