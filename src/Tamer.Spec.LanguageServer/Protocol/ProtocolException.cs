using System;

namespace Tamer.Spec.LanguageServer.Protocol;

/// <summary>The client sent something the base protocol cannot read; the connection cannot go on.</summary>
internal sealed class ProtocolException : Exception
{
    public ProtocolException(string message)
        : base(message)
    {
    }
}
