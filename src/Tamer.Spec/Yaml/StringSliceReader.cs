using System;
using System.IO;

namespace Tamer.Spec.Yaml;

/// <summary>Reads a range of a string without copying it out first.</summary>
internal sealed class StringSliceReader : TextReader
{
    private readonly string _text;
    private readonly int _end;
    private int _position;

    public StringSliceReader(string text, int start, int length)
    {
        if (start < 0 || length < 0 || start + length > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        _text = text;
        _position = start;
        _end = start + length;
    }

    public override int Peek() => _position < _end ? _text[_position] : -1;

    public override int Read() => _position < _end ? _text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        if (buffer is null)
        {
            throw new ArgumentNullException(nameof(buffer));
        }

        var copied = Math.Min(count, _end - _position);
        if (copied <= 0)
        {
            return 0;
        }

        _text.CopyTo(_position, buffer, index, copied);
        _position += copied;
        return copied;
    }
}
