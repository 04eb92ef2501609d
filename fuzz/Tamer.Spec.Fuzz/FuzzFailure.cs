using System;

namespace Tamer.Spec.Fuzz;

/// <summary>A promise of the engine that an input broke: afl-fuzz records the input as a crash.</summary>
internal sealed class FuzzFailure : Exception
{
    public FuzzFailure(string message)
        : base(message)
    {
    }

    public FuzzFailure()
    {
    }

    public FuzzFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
