using System;

namespace Tamer.Spec.LanguageServer.Protocol;

/// <summary>A request that is answered with a JSON-RPC error (its code and a sentence saying why).</summary>
internal sealed class RequestException : Exception
{
    public const int InvalidParams = -32602;
    public const int MethodNotFound = -32601;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int InvalidRequest = -32600;

    public RequestException(int code, string message)
        : base(message)
    {
        Code = code;
    }

    public int Code { get; }
}
