using System;

namespace Tamer.Spec.Host;

/// <summary>The host cannot start: a setting is missing, a file is unreadable or the ledger is damaged. The message says which, in one line.</summary>
internal sealed class HostStartException : Exception
{
    public HostStartException(string message)
        : base(message)
    {
    }

    public HostStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HostStartException()
        : this("the host cannot start")
    {
    }
}
