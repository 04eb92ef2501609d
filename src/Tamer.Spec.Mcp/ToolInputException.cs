using System;

namespace Tamer.Spec.Mcp;

/// <summary>A call whose arguments cannot be used, or that the tool cannot answer: a tool error with this message, never a protocol error.</summary>
public sealed class ToolInputException : Exception
{
    /// <summary>Creates the exception with the sentence the client reads.</summary>
    public ToolInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a message (for serializers).</summary>
    public ToolInputException()
    {
    }

    /// <summary>Creates the exception with the sentence the client reads and its cause.</summary>
    public ToolInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
