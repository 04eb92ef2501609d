using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Tamer.Spec.Reporting;

/// <summary>
/// A small streaming JSON writer (objects, arrays, strings, numbers, booleans, null) with two-space
/// indentation. The core writes its reports with it so that hosts on netstandard2.0 carry no JSON
/// library.
/// </summary>
public sealed class JsonWriter
{
    private readonly TextWriter _output;
    private readonly Stack<bool> _hasItems = new();
    private bool _afterName;

    /// <summary>Creates a writer over <paramref name="output"/>.</summary>
    public JsonWriter(TextWriter output)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
    }

    /// <summary>Starts an object.</summary>
    public JsonWriter StartObject() => Open('{');

    /// <summary>Ends an object.</summary>
    public JsonWriter EndObject() => Close('}');

    /// <summary>Starts an array.</summary>
    public JsonWriter StartArray() => Open('[');

    /// <summary>Ends an array.</summary>
    public JsonWriter EndArray() => Close(']');

    /// <summary>Writes a property name; the next value is its value.</summary>
    public JsonWriter Name(string name)
    {
        BeforeValue();
        WriteString(name);
        _output.Write(": ");
        _afterName = true;
        return this;
    }

    /// <summary>Writes a string (or null).</summary>
    public JsonWriter Value(string? value)
    {
        BeforeValue();
        if (value is null)
        {
            _output.Write("null");
        }
        else
        {
            WriteString(value);
        }

        return this;
    }

    /// <summary>Writes an integer.</summary>
    public JsonWriter Value(long value)
    {
        BeforeValue();
        _output.Write(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Writes a boolean.</summary>
    public JsonWriter Value(bool value)
    {
        BeforeValue();
        _output.Write(value ? "true" : "false");
        return this;
    }

    /// <summary>Writes <c>"name": "value"</c>.</summary>
    public JsonWriter Property(string name, string? value) => Name(name).Value(value);

    /// <summary>Writes <c>"name": number</c>.</summary>
    public JsonWriter Property(string name, long value) => Name(name).Value(value);

    /// <summary>Writes <c>"name": true|false</c>.</summary>
    public JsonWriter Property(string name, bool value) => Name(name).Value(value);

    private JsonWriter Open(char bracket)
    {
        BeforeValue();
        _output.Write(bracket);
        _hasItems.Push(false);
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        var hadItems = _hasItems.Pop();
        if (hadItems)
        {
            NewLine();
        }

        _output.Write(bracket);
        if (_hasItems.Count == 0)
        {
            _output.Write('\n');
        }

        return this;
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_hasItems.Count == 0)
        {
            return;
        }

        if (_hasItems.Peek())
        {
            _output.Write(',');
        }
        else
        {
            _hasItems.Pop();
            _hasItems.Push(true);
        }

        NewLine();
    }

    private void NewLine()
    {
        _output.Write('\n');
        _output.Write(new string(' ', _hasItems.Count * 2));
    }

    private void WriteString(string value)
    {
        _output.Write('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    _output.Write("\\\"");
                    break;
                case '\\':
                    _output.Write("\\\\");
                    break;
                case '\n':
                    _output.Write("\\n");
                    break;
                case '\r':
                    _output.Write("\\r");
                    break;
                case '\t':
                    _output.Write("\\t");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029')
                    {
                        _output.Write("\\u");
                        _output.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _output.Write(c);
                    }

                    break;
            }
        }

        _output.Write('"');
    }
}
