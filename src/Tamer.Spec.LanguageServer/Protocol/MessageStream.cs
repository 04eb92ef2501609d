using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Tamer.Spec.LanguageServer.Protocol;

/// <summary>
/// The protocol's base layer: each message is a <c>Content-Length</c> header, a blank line and
/// that many bytes of UTF-8 JSON. Reads come from one loop; writes may come from any thread and
/// never interleave.
/// </summary>
internal sealed class MessageStream
{
    /// <summary>The largest message read; a longer one is a protocol error, not an allocation.</summary>
    public const int MaxContentLength = 256 * 1024 * 1024;

    private const int MaxHeaderLine = 8 * 1024;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public MessageStream(Stream input, Stream output)
    {
        _input = input;
        _output = output;
    }

    /// <summary>The next message's JSON, or null when the input has ended.</summary>
    /// <exception cref="ProtocolException">The header or the JSON cannot be read.</exception>
    public async Task<JsonNode?> ReadAsync(CancellationToken cancellation)
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellation).ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (length < 0)
                {
                    throw new ProtocolException("a message header without Content-Length");
                }

                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out length) || length > MaxContentLength)
                {
                    throw new ProtocolException("Content-Length '" + line[(colon + 1)..].Trim() + "' is not a length up to " + MaxContentLength + " bytes");
                }
            }
        }

        var body = new byte[length];
        await _input.ReadExactlyAsync(body, cancellation).ConfigureAwait(false);
        try
        {
            return JsonNode.Parse(body) ?? throw new ProtocolException("a message that is JSON null");
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new ProtocolException("a message that is not JSON: " + exception.Message);
        }
    }

    /// <summary>Writes one message.</summary>
    public async Task WriteAsync(JsonNode message, CancellationToken cancellation)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
        await _writeGate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            await _output.WriteAsync(header, cancellation).ConfigureAwait(false);
            await _output.WriteAsync(body, cancellation).ConfigureAwait(false);
            await _output.FlushAsync(cancellation).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    // One header line without its CRLF (a bare LF is accepted too); null at the end of the input.
    private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellation)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            var read = await _input.ReadAsync(one, cancellation).ConfigureAwait(false);
            if (read == 0)
            {
                return line.Length == 0 ? null : throw new ProtocolException("the input ended inside a message header");
            }

            if (one[0] == (byte)'\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            if (line.Length == MaxHeaderLine)
            {
                throw new ProtocolException("a message header line longer than " + MaxHeaderLine + " bytes");
            }

            line.Append((char)one[0]);
        }
    }
}
