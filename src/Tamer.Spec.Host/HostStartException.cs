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

    /// <summary>
    /// True when what stops the start is the gate's configuration (<c>.tamer.yml</c> missing, not
    /// parsable or naming what the engine does not have): the host then answers every request with
    /// HTTP 500 and this message instead of serving with rules nobody chose.
    /// </summary>
    public bool ConcernsConfiguration { get; private init; }

    /// <summary>A start stopped by the configuration, with the sentence every host uses for it.</summary>
    public static HostStartException Configuration(string message) => new(message) { ConcernsConfiguration = true };
}
