using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Cli.Files;

/// <summary>
/// Reads and parses files in parallel. A file over the size limit is not read at all (its length is
/// enough to report it); a file that cannot be read stops the run with a usage error naming it.
/// </summary>
internal static class WorkItemFileLoader
{
    public static IReadOnlyList<WorkItemDocument> Load(IReadOnlyList<string> fullPaths, CliEnvironment environment, ParseLimits limits)
    {
        var documents = new WorkItemDocument[fullPaths.Count];
        var failures = new string?[fullPaths.Count];
        Parallel.For(0, fullPaths.Count, i =>
        {
            var fullPath = fullPaths[i];
            var display = environment.DisplayPath(fullPath);
            try
            {
                documents[i] = WorkItemParser.ReadFile(fullPath, display, limits);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                failures[i] = "cannot read " + display + ": " + exception.Message;
            }
        });

        foreach (var failure in failures)
        {
            if (failure is not null)
            {
                throw new UsageException(failure);
            }
        }

        return documents;
    }
}
