using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ModelContextProtocol;
using Tamer.Spec.Host.Endpoints;

namespace Tamer.Spec.Host.Mcp;

/// <summary>
/// A <c>/mcp</c> request over <see cref="HostMcp.MaxBodyBytes"/> (an agent that sends a huge Work
/// Item text) is read to its end without being kept, up to <see cref="LargestReadBytes"/>. A tool
/// call among them is answered as a tool error with the problem details the HTTP API's 413 gives,
/// so the agent gets a tool result it can act on rather than a transport error; any other request
/// that large gets HTTP 413. Requests within the limit pass untouched.
/// </summary>
internal static class OversizedToolCall
{
    /// <summary>The most a request is read before the connection is refused with 413 (1 GiB).</summary>
    public const long LargestReadBytes = 1L << 30;

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.ContentLength is not > HostMcp.MaxBodyBytes)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = LargestReadBytes;
        }

        var scanner = new JsonRpcHeadScanner();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer.AsMemory(0, buffer.Length), context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                scanner.Feed(buffer.AsSpan(0, read));
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WorkItemEndpoints.TooLarge().ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (scanner.Method != "tools/call" || scanner.Id is not { } id)
        {
            await WorkItemEndpoints.TooLarge().ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var problem = await RenderedResult.RenderAsync(WorkItemEndpoints.TooLarge(), context.RequestServices).ConfigureAwait(false);
        var result = JsonSerializer.Serialize(problem.ToToolResult(string.Empty), McpJsonUtilities.DefaultOptions);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + result + "}", Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }
}
