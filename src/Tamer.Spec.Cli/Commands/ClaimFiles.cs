using System;
using System.Collections.Generic;
using Tamer.Spec.Claims;
using Tamer.Spec.CSharpClaims;

namespace Tamer.Spec.Cli.Commands;

/// <summary>The [Satisfies] claims of C# files for trace and verify: a file that cannot be read stops the command (exit code 2).</summary>
internal static class ClaimFiles
{
    public static IReadOnlyList<CriterionClaim> Read(IReadOnlyList<string> files, Func<string, string> displayPath)
    {
        try
        {
            return ClaimScanner.Read(files, displayPath);
        }
        catch (ClaimSourceException exception)
        {
            throw new UsageException(exception.Message);
        }
    }
}
