namespace Tamer.Spec.Cli;

/// <summary>The exit codes, a public contract.</summary>
internal static class ExitCodes
{
    /// <summary>No Work Item refused, and warnings within <c>--max-warnings</c>.</summary>
    public const int Success = 0;

    /// <summary>At least one Work Item refused, or too many warnings.</summary>
    public const int Refused = 1;

    /// <summary>A usage or configuration error, or an internal failure.</summary>
    public const int UsageError = 2;
}
