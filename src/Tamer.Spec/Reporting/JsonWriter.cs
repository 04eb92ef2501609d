using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Tamer.Spec.Reporting;

/// <summary>
/// A small streaming JSON writer (objects, arrays, strings, numbers, booleans, null) with two-space
/// indentation; an inline object (<see cref="StartInlineObject"/>) is written on one line. The core
/// writes its reports with it so that hosts on netstandard2.0 carry no JSON library. Every value
/// goes straight to the output: the cost is the length of what is written.
/// </summary>
public sealed class JsonWriter
{
    private static readonly string[] Indents = CreateIndents(32);

    private readonly TextWriter _output;
    private readonly Stack<Frame> _frames = new();
    private bool _afterName;

    /// <summary>Creates a writer over <paramref name="output"/>.</summary>
    public JsonWriter(TextWriter output)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
    }

    /// <summary>Starts an object.</summary>
    public JsonWriter StartObject() => Open('{', inline: false);

    /// <summary>Starts an object written on one line: <c>{ "a": 1, "b": "x" }</c> (its values should be plain ones).</summary>
    public JsonWriter StartInlineObject() => Open('{', inline: true);

    /// <summary>Ends an object.</summary>
    public JsonWriter EndObject() => Close('}');

    /// <summary>Starts an array.</summary>
    public JsonWriter StartArray() => Open('[', inline: false);

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

    private JsonWriter Open(char bracket, bool inline)
    {
        BeforeValue();
        _output.Write(bracket);
        _frames.Push(new Frame(inline || (_frames.Count > 0 && _frames.Peek().Inline)));
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        var frame = _frames.Pop();
        if (frame.HasItems)
        {
            if (frame.Inline)
            {
                _output.Write(' ');
            }
            else
            {
                NewLine();
            }
        }

        _output.Write(bracket);
        if (_frames.Count == 0)
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

        if (_frames.Count == 0)
        {
            return;
        }

        var frame = _frames.Peek();
        if (frame.HasItems)
        {
            _output.Write(',');
        }
        else
        {
            frame.HasItems = true;
        }

        if (frame.Inline)
        {
            _output.Write(' ');
        }
        else
        {
            NewLine();
        }
    }

    private void NewLine()
    {
        _output.Write('\n');
        var depth = _frames.Count;
        _output.Write(depth < Indents.Length ? Indents[depth] : new string(' ', depth * 2));
    }

    // Runs of characters that need no escape are written as one string; most strings are one run.
    private void WriteString(string value)
    {
        _output.Write('"');
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var escape = Escape(value[i]);
            if (escape is null)
            {
                continue;
            }

            if (i > run)
            {
                _output.Write(value.Substring(run, i - run));
            }

            _output.Write(escape);
            run = i + 1;
        }

        if (run < value.Length)
        {
            _output.Write(run == 0 ? value : value.Substring(run));
        }

        _output.Write('"');
    }

    private static string? Escape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ when c < 0x20 || c == '\u2028' || c == '\u2029' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string[] CreateIndents(int count)
    {
        var indents = new string[count];
        for (var i = 0; i < count; i++)
        {
            indents[i] = new string(' ', i * 2);
        }

        return indents;
    }

    private sealed class Frame
    {
        public Frame(bool inline)
        {
            Inline = inline;
        }

        public bool Inline { get; }

        public bool HasItems { get; set; }
    }
}
