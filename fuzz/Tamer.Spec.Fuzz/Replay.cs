using System;

namespace Tamer.Spec.Fuzz;

/// <summary>Runs one input through a target outside afl-fuzz and says how it failed, if it did.</summary>
internal static class Replay
{
    public static string? Failure(IFuzzTarget target, byte[] input)
    {
        try
        {
            target.Run(input);
            return null;
        }
#pragma warning disable CA1031 // Every exception is a finding to report, not to handle.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return exception is FuzzFailure ? exception.Message : exception.ToString();
        }
    }
}
