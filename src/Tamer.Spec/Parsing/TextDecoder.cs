using System;
using System.Globalization;
using System.Text;
using Tamer.Spec.Text;

namespace Tamer.Spec.Parsing;

/// <summary>
/// Turns a file's bytes into text: UTF-8 with or without a byte order mark. A file over the size
/// limit, a binary file (NUL bytes) or a UTF-16 file is refused with its position; invalid UTF-8
/// sequences are replaced by U+FFFD and the first one is reported, so the rest can still be read.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static DecodedText Decode(byte[] bytes, ParseLimits limits)
    {
        if (bytes.Length > limits.MaxFileBytes)
        {
            return new DecodedText(SourceText.From(string.Empty), TooLarge(bytes.LongLength, limits));
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return new DecodedText(
                SourceText.From(string.Empty),
                new ParseProblem(ParseProblemKind.InvalidEncoding, default, isFatal: true, "the file is UTF-16; Work Items are UTF-8"));
        }

        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var start = hasBom ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            var before = SourceText.From(Lenient.GetString(bytes, start, nul - start), hasBom);
            return new DecodedText(
                before,
                new ParseProblem(ParseProblemKind.BinaryContent, new TextSpan(before.Length, 0), isFatal: true, "a NUL byte: this is a binary file, not text"));
        }

        try
        {
            return new DecodedText(SourceText.From(Strict.GetString(bytes, start, bytes.Length - start), hasBom), null);
        }
        catch (DecoderFallbackException exception)
        {
            var text = SourceText.From(Lenient.GetString(bytes, start, bytes.Length - start), hasBom);
            var badByte = FirstInvalidByte(bytes, start, exception);
            var offset = Math.Min(Lenient.GetCharCount(bytes, start, badByte - start), text.Length);
            var problem = new ParseProblem(
                ParseProblemKind.InvalidEncoding,
                new TextSpan(offset, offset < text.Length ? 1 : 0),
                isFatal: false,
                string.Format(CultureInfo.InvariantCulture, "byte 0x{0:X2} is not valid UTF-8", bytes[badByte]));
            return new DecodedText(text, problem);
        }
    }

    public static ParseProblem TooLarge(long size, ParseLimits limits) =>
        new(
            ParseProblemKind.LimitExceeded,
            default,
            isFatal: true,
            "file size",
            string.Format(CultureInfo.InvariantCulture, "the file has {0:N0} bytes (the limit is {1:N0})", size, limits.MaxFileBytes));

    private static int FirstInvalidByte(byte[] bytes, int start, DecoderFallbackException exception)
    {
        // The exception's index is relative to the bytes it was handed; fall back to a scan when absent.
        if (exception.Index >= 0 && start + exception.Index < bytes.Length)
        {
            return start + exception.Index;
        }

        for (var i = start; i < bytes.Length; i++)
        {
            try
            {
                Strict.GetCharCount(bytes, start, i - start + 1);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }

        return bytes.Length - 1;
    }
}
