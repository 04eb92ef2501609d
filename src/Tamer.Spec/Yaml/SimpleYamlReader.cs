using System.Collections.Generic;
using System.Text;
using Tamer.Spec.Text;

namespace Tamer.Spec.Yaml;

/// <summary>
/// Reads the YAML that frontmatter is almost always written in, without the general YAML library:
/// block mappings and lists, one-line flow lists and mappings of scalars, one-line plain and quoted
/// scalars, and comments. At the first thing outside that shape (an anchor, a tag, a block scalar,
/// a scalar over several lines, an empty value, a tab, an odd indentation, anything that would be
/// an error) it declines, and the general reader reads the block instead, with its exact errors.
/// When it accepts, it yields the events the general reader yields for the same text: the same
/// kinds, values, styles and positions. Never throws on content.
/// </summary>
internal sealed class SimpleYamlReader
{
    // A simple key's colon must come within 1,024 characters of the key's start.
    private const int LongestKey = 1024;

    private readonly string _text;
    private readonly int _start;
    private readonly int _end;
    private readonly int _maxDepth;
    private readonly List<SimpleYamlEvent> _events;

    private SimpleYamlReader(string text, TextSpan block, int maxDepth, List<SimpleYamlEvent> events)
    {
        _text = text;
        _start = block.Start;
        _end = block.End;
        _maxDepth = maxDepth;
        _events = events;
    }

    /// <summary>
    /// Reads <paramref name="block"/> of <paramref name="text"/> into <paramref name="events"/>
    /// (cleared first); false when the block is not in the shape this reader knows.
    /// </summary>
    public static bool TryRead(string text, TextSpan block, int maxDepth, List<SimpleYamlEvent> events)
    {
        events.Clear();
        var reader = new SimpleYamlReader(text, block, maxDepth, events);
        return reader.IsInShape() && reader.ReadDocument();
    }

    /// <summary>False for what this reader never reads: tabs, control characters, other line breaks, document markers and directives.</summary>
    private bool IsInShape()
    {
        for (var i = _start; i < _end; i++)
        {
            var c = _text[i];
            if ((i == _start || _text[i - 1] == '\n') && (c == '%' || StartsMarker(i, '-') || StartsMarker(i, '.')))
            {
                return false;
            }

            if (c < ' ')
            {
                if (c == '\n' || (c == '\r' && i + 1 < _end && _text[i + 1] == '\n'))
                {
                    continue;
                }

                // Tabs, lone carriage returns and control characters.
                return false;
            }

            // Characters YAML reads as line breaks or a byte order mark, and the delete character.
            if (c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    private bool ReadDocument()
    {
        var line = NextContentLine(_start);
        if (line < 0 || Indent(line) != 0 || IsListItem(line) || !IsKey(line))
        {
            return false;
        }

        return ReadBlockMapping(0, line, 1, out var next) && next < 0;
    }

    /// <summary>A block mapping whose keys sit at <paramref name="column"/>; the first key at <paramref name="keyAt"/>.</summary>
    private bool ReadBlockMapping(int column, int keyAt, int depth, out int next)
    {
        next = -1;
        if (depth > _maxDepth)
        {
            return false;
        }

        Emit(SimpleYamlEventKind.MappingStart, keyAt, keyAt);
        while (true)
        {
            if (!ReadKey(keyAt, out var afterColon))
            {
                return false;
            }

            var value = SkipSpaces(afterColon);
            if (IsLineEnd(value) || (_text[value] == '#' && value > afterColon))
            {
                // The value is on the lines below: a nested mapping or list, or a list at the key's indentation.
                var below = NextContentLine(NextLine(value));
                if (below < 0)
                {
                    return false;
                }

                var indent = Indent(below);
                if (indent > column && IsListItem(below + indent))
                {
                    if (!ReadBlockSequence(indent, below + indent, depth + 1, out next))
                    {
                        return false;
                    }
                }
                else if (indent > column && IsKey(below + indent))
                {
                    if (!ReadBlockMapping(indent, below + indent, depth + 1, out next))
                    {
                        return false;
                    }
                }
                else if (indent == column && IsListItem(below + indent))
                {
                    if (!ReadBlockSequence(indent, below + indent, depth + 1, out next))
                    {
                        return false;
                    }
                }
                else
                {
                    return false;
                }
            }
            else
            {
                if (!ReadInlineValue(value, depth, out var lineEnd))
                {
                    return false;
                }

                next = NextContentLine(NextLine(lineEnd));
            }

            if (next < 0)
            {
                Emit(SimpleYamlEventKind.MappingEnd, _end, _end);
                return true;
            }

            var nextIndent = Indent(next);
            if (nextIndent > column || (nextIndent == column && (IsListItem(next + nextIndent) || !IsKey(next + nextIndent))))
            {
                return false;
            }

            if (nextIndent < column)
            {
                Emit(SimpleYamlEventKind.MappingEnd, next, next);
                return true;
            }

            keyAt = next + nextIndent;
        }
    }

    /// <summary>A block list whose dashes sit at <paramref name="column"/>; the first dash at <paramref name="dashAt"/>.</summary>
    private bool ReadBlockSequence(int column, int dashAt, int depth, out int next)
    {
        next = -1;
        if (depth > _maxDepth)
        {
            return false;
        }

        Emit(SimpleYamlEventKind.SequenceStart, dashAt, dashAt);
        while (true)
        {
            var item = SkipSpaces(dashAt + 1);
            if (IsLineEnd(item) || _text[item] == '#' || IsListItem(item))
            {
                // An item on the lines below, or a list in a list: left to the general reader.
                return false;
            }

            if (IsKey(item))
            {
                if (!ReadBlockMapping(item - LineStart(item), item, depth + 1, out next))
                {
                    return false;
                }
            }
            else
            {
                if (!ReadInlineValue(item, depth, out var lineEnd))
                {
                    return false;
                }

                next = NextContentLine(NextLine(lineEnd));
            }

            if (next < 0)
            {
                Emit(SimpleYamlEventKind.SequenceEnd, _end, _end);
                return true;
            }

            var nextIndent = Indent(next);
            if (nextIndent > column)
            {
                return false;
            }

            if (nextIndent == column && IsListItem(next + nextIndent))
            {
                dashAt = next + nextIndent;
                continue;
            }

            // A shallower line, or a key at the list's own indentation (the list was a mapping value
            // written at its key's indentation): the enclosing mapping checks it.
            Emit(SimpleYamlEventKind.SequenceEnd, next, next);
            return true;
        }
    }

    /// <summary>A key at <paramref name="at"/> and its colon; <paramref name="afterColon"/> is just past the colon.</summary>
    private bool ReadKey(int at, out int afterColon)
    {
        afterColon = -1;
        int colon;
        if (_text[at] is '"' or '\'')
        {
            if (!ReadQuoted(at, out var close))
            {
                return false;
            }

            colon = close;
            if (colon >= _end || _text[colon] != ':' || colon - at >= LongestKey)
            {
                return false;
            }
        }
        else
        {
            colon = PlainKeyColon(at);
            if (colon < 0)
            {
                return false;
            }

            var keyEnd = colon;
            while (_text[keyEnd - 1] == ' ')
            {
                keyEnd--;
            }

            if (colon - at >= LongestKey)
            {
                return false;
            }

            EmitScalar(at, keyEnd, _text.Substring(at, keyEnd - at), YamlScalarStyle.Plain);
        }

        afterColon = colon + 1;
        return IsLineEnd(afterColon) || _text[afterColon] == ' ';
    }

    /// <summary>A scalar or a flow collection after <c>key: </c> or <c>- </c>, with nothing but a comment after it on its line.</summary>
    private bool ReadInlineValue(int at, int depth, out int lineEnd)
    {
        lineEnd = -1;
        int after;
        switch (_text[at])
        {
            case '[':
            case '{':
                if (depth + 1 > _maxDepth || !ReadFlowCollection(at, out after))
                {
                    return false;
                }

                break;
            case '"':
            case '\'':
                if (!ReadQuoted(at, out after))
                {
                    return false;
                }

                break;
            default:
                if (!ReadBlockPlain(at, out after))
                {
                    return false;
                }

                break;
        }

        return RestOfLineIsEmpty(after, out lineEnd);
    }

    /// <summary>A plain scalar in block context, up to a comment or the end of its line.</summary>
    private bool ReadBlockPlain(int at, out int end)
    {
        end = -1;
        if (!CanStartPlain(at))
        {
            return false;
        }

        var i = at;
        var last = at;
        while (!IsLineEnd(i))
        {
            var c = _text[i];
            if (c == '#' && _text[i - 1] == ' ')
            {
                break;
            }

            if ((c == ':' && (IsLineEnd(i + 1) || _text[i + 1] == ' ')) || IsIndicatorAfterSpace(i))
            {
                // "a: b: c" is an error, and "a: b:" a mapping in a mapping: the general reader's.
                return false;
            }

            if (c != ' ')
            {
                last = i + 1;
            }

            i++;
        }

        end = last;
        EmitScalar(at, last, _text.Substring(at, last - at), YamlScalarStyle.Plain);
        return true;
    }

    /// <summary>A one-line flow list or flow mapping of scalars, brackets included.</summary>
    private bool ReadFlowCollection(int at, out int after)
    {
        after = -1;
        var isMapping = _text[at] == '{';
        var close = isMapping ? '}' : ']';
        Emit(isMapping ? SimpleYamlEventKind.MappingStart : SimpleYamlEventKind.SequenceStart, at, at, isFlow: true);
        var i = SkipSpaces(at + 1);
        if (i < _end && _text[i] == close)
        {
            Emit(isMapping ? SimpleYamlEventKind.MappingEnd : SimpleYamlEventKind.SequenceEnd, i, i, isFlow: true);
            after = i + 1;
            return true;
        }

        while (true)
        {
            var itemStart = i;
            if (!ReadFlowScalar(i, isMapping ? ':' : close, out i))
            {
                return false;
            }

            if (isMapping)
            {
                // The key's colon (no further than a simple key may reach), a space, and the value.
                if (i >= _end || _text[i] != ':' || i + 1 >= _end || _text[i + 1] != ' ' || i - itemStart >= LongestKey)
                {
                    return false;
                }

                if (!ReadFlowScalar(SkipSpaces(i + 1), close, out i))
                {
                    return false;
                }
            }

            if (i >= _end)
            {
                return false;
            }

            if (_text[i] == ',')
            {
                i = SkipSpaces(i + 1);
                if (i >= _end || _text[i] == close)
                {
                    // A trailing comma: left to the general reader.
                    return false;
                }

                continue;
            }

            if (_text[i] != close)
            {
                return false;
            }

            Emit(isMapping ? SimpleYamlEventKind.MappingEnd : SimpleYamlEventKind.SequenceEnd, i, i, isFlow: true);
            after = i + 1;
            return true;
        }
    }

    /// <summary>
    /// A scalar inside a flow collection at <paramref name="at"/>; <paramref name="next"/> is the first
    /// character after it and the spaces that follow (a comma, <paramref name="stop"/>, or what the caller rejects).
    /// </summary>
    private bool ReadFlowScalar(int at, char stop, out int next)
    {
        next = -1;
        if (IsLineEnd(at))
        {
            return false;
        }

        int end;
        if (_text[at] is '"' or '\'')
        {
            if (!ReadQuoted(at, out end))
            {
                return false;
            }
        }
        else
        {
            if (!CanStartPlain(at))
            {
                return false;
            }

            var i = at;
            var last = at;
            while (true)
            {
                if (IsLineEnd(i))
                {
                    return false;
                }

                var c = _text[i];
                if (c == ',' || c == stop)
                {
                    break;
                }

                if (c is '[' or ']' or '{' or '}' or ':' || (c == '#' && _text[i - 1] == ' ') || IsIndicatorAfterSpace(i))
                {
                    return false;
                }

                if (c != ' ')
                {
                    last = i + 1;
                }

                i++;
            }

            end = last;
            EmitScalar(at, end, _text.Substring(at, end - at), YamlScalarStyle.Plain);
        }

        next = SkipSpaces(end);
        return true;
    }

    /// <summary>A quoted scalar on one line; <paramref name="after"/> is just past its closing quote.</summary>
    private bool ReadQuoted(int at, out int after)
    {
        after = -1;
        var quote = _text[at];
        StringBuilder? unescaped = null;
        var runStart = at + 1;
        var i = at + 1;
        while (true)
        {
            if (IsLineEnd(i))
            {
                return false;
            }

            var c = _text[i];
            if (quote == '\'' && c == '\'')
            {
                if (i + 1 < _end && _text[i + 1] == '\'')
                {
                    unescaped ??= new StringBuilder();
                    unescaped.Append(_text, runStart, i + 1 - runStart);
                    i += 2;
                    runStart = i;
                    continue;
                }

                break;
            }

            if (quote == '"' && c == '"')
            {
                break;
            }

            if (quote == '"' && c == '\\')
            {
                if (i + 1 >= _end)
                {
                    return false;
                }

                char? escaped = _text[i + 1] switch
                {
                    '\\' => '\\',
                    '"' => '"',
                    '/' => '/',
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    _ => null,
                };
                if (escaped is null)
                {
                    return false;
                }

                unescaped ??= new StringBuilder();
                unescaped.Append(_text, runStart, i - runStart).Append(escaped.Value);
                i += 2;
                runStart = i;
                continue;
            }

            i++;
        }

        string value;
        if (unescaped is null)
        {
            value = _text.Substring(at + 1, i - at - 1);
        }
        else
        {
            value = unescaped.Append(_text, runStart, i - runStart).ToString();
        }

        after = i + 1;
        EmitScalar(at, after, value, quote == '"' ? YamlScalarStyle.DoubleQuoted : YamlScalarStyle.SingleQuoted);
        return true;
    }

    /// <summary>True when only spaces and a comment follow <paramref name="at"/> on its line; <paramref name="lineEnd"/> is the line's end.</summary>
    private bool RestOfLineIsEmpty(int at, out int lineEnd)
    {
        var i = SkipSpaces(at);
        lineEnd = i;
        if (IsLineEnd(i))
        {
            return true;
        }

        if (_text[i] != '#' || i == at)
        {
            return false;
        }

        while (!IsLineEnd(i))
        {
            i++;
        }

        lineEnd = i;
        return true;
    }

    /// <summary>The colon that ends a plain key starting at <paramref name="at"/>, or -1 when the line holds no key.</summary>
    private int PlainKeyColon(int at)
    {
        if (!CanStartPlain(at))
        {
            return -1;
        }

        for (var i = at; !IsLineEnd(i); i++)
        {
            var c = _text[i];
            if (c == '#' && _text[i - 1] == ' ')
            {
                return -1;
            }

            if (c == ':' && (IsLineEnd(i + 1) || _text[i + 1] == ' '))
            {
                return i;
            }

            if (IsIndicatorAfterSpace(i))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when a key (plain or quoted, then a colon and a space or the line's end) starts at <paramref name="at"/>.</summary>
    private bool IsKey(int at)
    {
        if (IsLineEnd(at))
        {
            return false;
        }

        if (_text[at] is '"' or '\'')
        {
            var quote = _text[at];
            for (var i = at + 1; !IsLineEnd(i); i++)
            {
                if (_text[i] == '\\' && quote == '"')
                {
                    i++;
                    continue;
                }

                if (_text[i] == quote)
                {
                    if (quote == '\'' && i + 1 < _end && _text[i + 1] == '\'')
                    {
                        i++;
                        continue;
                    }

                    return i + 1 < _end && _text[i + 1] == ':';
                }
            }

            return false;
        }

        return PlainKeyColon(at) >= 0;
    }

    /// <summary>
    /// True for an alias, anchor or tag indicator after a space inside a plain scalar, where the
    /// general reader does not always read the scalar on: such scalars are left to it.
    /// </summary>
    private bool IsIndicatorAfterSpace(int at) => _text[at] is '*' or '&' or '!' && at > _start && _text[at - 1] == ' ';

    /// <summary>True when a block list item (a dash, then a space or the line's end) starts at <paramref name="at"/>.</summary>
    private bool IsListItem(int at) => at < _end && _text[at] == '-' && (IsLineEnd(at + 1) || _text[at + 1] == ' ');

    /// <summary>True when a plain scalar may start at <paramref name="at"/> (no indicator that means something else).</summary>
    private bool CanStartPlain(int at)
    {
        if (IsLineEnd(at))
        {
            return false;
        }

        switch (_text[at])
        {
            case '-':
                // "-x" is a plain scalar; "- " and "---" are not (or not here).
                return at + 1 < _end && _text[at + 1] is not (' ' or '\n' or '\r' or '-' or ',' or '[' or ']' or '{' or '}');
            case '?':
            case ':':
            case ',':
            case '[':
            case ']':
            case '{':
            case '}':
            case '#':
            case '&':
            case '*':
            case '!':
            case '|':
            case '>':
            case '\'':
            case '"':
            case '%':
            case '@':
            case '`':
            case ' ':
                return false;
            default:
                return true;
        }
    }

    /// <summary>The next line at or after <paramref name="lineStart"/> with content (not blank, not only a comment), or -1.</summary>
    private int NextContentLine(int lineStart)
    {
        var line = lineStart;
        while (line >= 0 && line < _end)
        {
            var i = SkipSpaces(line);
            if (!IsLineEnd(i) && _text[i] != '#')
            {
                return line;
            }

            line = NextLine(i);
        }

        return -1;
    }

    private bool StartsMarker(int at, char c) =>
        at + 2 < _end && _text[at] == c && _text[at + 1] == c && _text[at + 2] == c && (IsLineEnd(at + 3) || _text[at + 3] == ' ');

    /// <summary>The start of the line after the one holding <paramref name="at"/>, or -1 at the block's end.</summary>
    private int NextLine(int at)
    {
        if (at < 0)
        {
            return -1;
        }

        var newline = _text.IndexOf('\n', at, _end - at);
        return newline < 0 ? -1 : newline + 1;
    }

    private int LineStart(int at)
    {
        var i = at;
        while (i > _start && _text[i - 1] != '\n')
        {
            i--;
        }

        return i;
    }

    private int Indent(int lineStart) => SkipSpaces(lineStart) - lineStart;

    private int SkipSpaces(int at)
    {
        var i = at;
        while (i < _end && _text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private bool IsLineEnd(int at) => at >= _end || _text[at] == '\n' || _text[at] == '\r';

    private void EmitScalar(int start, int end, string value, YamlScalarStyle style) =>
        _events.Add(new SimpleYamlEvent(SimpleYamlEventKind.Scalar, start, end, isFlow: false, value, style));

    private void Emit(SimpleYamlEventKind kind, int start, int end, bool isFlow = false) =>
        _events.Add(new SimpleYamlEvent(kind, start, end, isFlow, null, YamlScalarStyle.Plain));
}
