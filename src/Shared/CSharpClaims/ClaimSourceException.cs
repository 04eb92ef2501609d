using System;

namespace Tamer.Spec.CSharpClaims;

/// <summary>A C# file the claims are read from could not be read; the message names it.</summary>
internal sealed class ClaimSourceException : Exception
{
    public ClaimSourceException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ClaimSourceException()
    {
    }

    public ClaimSourceException(string message)
        : base(message)
    {
    }
}
