using System;
using System.IO;

namespace Tamer.Spec.Host.Ledger;

/// <summary>The ledger cannot be read or written now (a database that is down, a disk that failed); state changes answer 503.</summary>
internal sealed class LedgerUnavailableException : IOException
{
    public LedgerUnavailableException(string message)
        : base(message)
    {
    }

    public LedgerUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LedgerUnavailableException()
        : this("the ledger is unavailable")
    {
    }
}
