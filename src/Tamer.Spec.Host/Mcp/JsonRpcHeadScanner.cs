using System;
using System.Text;

namespace Tamer.Spec.Host.Mcp;

/// <summary>
/// Reads a JSON-RPC request's <c>id</c>, <c>method</c> and <c>params.name</c> from its bytes as
/// they arrive, keeping nothing else: a request too large to hold can still be answered by id.
/// Only short strings and numbers are kept (a longer value is read past, not kept); anything that
/// is not a single JSON object leaves the fields null.
/// </summary>
internal sealed class JsonRpcHeadScanner
{
    private const int LongestKept = 256;

    private readonly StringBuilder _token = new();
    private readonly string?[] _keys = new string?[3];
    private int _depth;
    private bool _inString;
    private bool _escaped;
    private bool _tokenTooLong;
    private bool _afterString;
    private bool _inBare;
    private bool _notAnObject;

    /// <summary>The request's id as written in JSON (a number, or a string with its quotes); null when none was read.</summary>
    public string? Id { get; private set; }

    /// <summary>The request's method, or null.</summary>
    public string? Method { get; private set; }

    /// <summary>The name in the request's params (a tool's name for <c>tools/call</c>), or null.</summary>
    public string? ParamsName { get; private set; }

    public void Feed(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (!_notAnObject)
            {
                Step((char)b);
            }
        }
    }

    private void Step(char c)
    {
        if (_inString)
        {
            if (_escaped)
            {
                _escaped = false;
                Keep(c);
            }
            else if (c == '\\')
            {
                _escaped = true;
                Keep(c);
            }
            else if (c == '"')
            {
                _inString = false;
                _afterString = true;
            }
            else
            {
                Keep(c);
            }

            return;
        }

        if (_inBare)
        {
            if (c is ',' or '}' or ']' or ' ' or '\t' or '\r' or '\n')
            {
                _inBare = false;
                Value(quoted: false);
            }
            else
            {
                Keep(c);
                return;
            }
        }

        if (c is ' ' or '\t' or '\r' or '\n')
        {
            return;
        }

        if (_afterString)
        {
            _afterString = false;
            if (c == ':')
            {
                if (_depth is >= 1 and <= 2)
                {
                    _keys[_depth] = _tokenTooLong ? null : _token.ToString();
                }

                return;
            }

            Value(quoted: true);
        }

        switch (c)
        {
            case '"':
                StartToken();
                _inString = true;
                break;
            case '{':
            case '[':
                if (_depth == 0 && c == '[')
                {
                    _notAnObject = true;
                    return;
                }

                _depth++;
                if (_depth < _keys.Length)
                {
                    _keys[_depth] = null;
                }

                break;
            case '}':
            case ']':
                _depth--;
                break;
            case ',':
                break;
            default:
                StartToken();
                _inBare = true;
                Keep(c);
                break;
        }
    }

    // A scalar value has ended: kept when it is one of the three fields.
    private void Value(bool quoted)
    {
        if (_tokenTooLong)
        {
            return;
        }

        var text = _token.ToString();
        if (_depth == 1 && _keys[1] == "id")
        {
            Id = quoted ? "\"" + text + "\"" : text;
        }
        else if (_depth == 1 && _keys[1] == "method" && quoted)
        {
            Method = text;
        }
        else if (_depth == 2 && _keys[1] == "params" && _keys[2] == "name" && quoted)
        {
            ParamsName = text;
        }
    }

    private void StartToken()
    {
        _token.Clear();
        _tokenTooLong = false;
    }

    private void Keep(char c)
    {
        if (_tokenTooLong)
        {
            return;
        }

        if (_token.Length == LongestKept)
        {
            _tokenTooLong = true;
            _token.Clear();
            return;
        }

        _token.Append(c);
    }
}
