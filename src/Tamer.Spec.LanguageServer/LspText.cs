using System;
using System.Text.Json.Nodes;
using Tamer.Spec.Text;

namespace Tamer.Spec.LanguageServer;

/// <summary>
/// Positions between the protocol and the engine. The protocol counts lines from 0 and characters
/// in UTF-16 code units from 0; the engine counts both from 1, in the same units, and breaks lines
/// at LF, CRLF and a lone CR as the protocol does. So a position moves by one on each axis, and
/// nothing else changes.
/// </summary>
internal static class LspText
{
    public static JsonObject Position(LinePosition position) => new() { ["line"] = position.Line - 1, ["character"] = position.Column - 1 };

    public static JsonObject Range(LinePosition start, LinePosition end) => new() { ["start"] = Position(start), ["end"] = Position(end) };

    public static JsonObject Range(SourceText text, TextSpan span) => Range(text.GetPosition(span.Start), text.GetPosition(span.End));

    /// <summary>The protocol position <paramref name="node"/> (<c>{ line, character }</c>) as a 1-based position.</summary>
    public static LinePosition ToLinePosition(JsonNode? node)
    {
        var line = Json.Int(node, "line");
        var character = Json.Int(node, "character");
        if (line < 0 || character < 0)
        {
            throw new Protocol.RequestException(Protocol.RequestException.InvalidParams, "a position must have a line and a character of 0 or more");
        }

        return new LinePosition(line + 1, character + 1);
    }

    /// <summary>
    /// The offset in <paramref name="text"/> of a protocol position: a character past the end of
    /// its line means the line's end, a line past the last means the end of the text.
    /// </summary>
    public static int OffsetOf(string text, int line, int character)
    {
        var offset = 0;
        for (var current = 0; current < line; current++)
        {
            var next = NextLineStart(text, offset);
            if (next < 0)
            {
                return text.Length;
            }

            offset = next;
        }

        var end = offset;
        while (end < text.Length && text[end] != '\n' && text[end] != '\r')
        {
            end++;
        }

        return Math.Min(offset + character, end);
    }

    // The start of the line after the one at offset, or -1 when that line is the last.
    private static int NextLineStart(string text, int offset)
    {
        for (var i = offset; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return i + 1;
            }

            if (text[i] == '\r')
            {
                return i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }

        return -1;
    }
}
