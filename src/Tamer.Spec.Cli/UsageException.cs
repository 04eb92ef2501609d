using System;

namespace Tamer.Spec.Cli;

/// <summary>A mistake in how the tool was called: reported as one line, exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public UsageException()
    {
    }
}
