using System;

namespace Tamer.Spec.LanguageServer;

/// <summary>A workspace cannot lint what was asked (its configuration has an error, a file lies outside it); the message says why.</summary>
public sealed class WorkspaceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkspaceException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
