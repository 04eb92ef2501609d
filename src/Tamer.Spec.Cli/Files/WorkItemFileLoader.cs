using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli.Files;

/// <summary>
/// Reads and parses files in parallel. A file over the size limit is not read at all (its length is
/// enough to report it); a file that cannot be read stops the run with a usage error naming it.
/// </summary>
internal static class WorkItemFileLoader
{
    /// <summary>
    /// The format the session's <c>formats:</c> globs give a file (by its full path, relative to the
    /// configuration's folder), or null to recognise it from its path and text.
    /// </summary>
    public static Func<string, FormatProfile?> FormatsOf(TamerSession session) =>
        fullPath => session.Configuration.FindFormat(session.RelativePath(fullPath));

    /// <param name="fullPaths">The files.</param>
    /// <param name="environment">The environment (display paths).</param>
    /// <param name="limits">The parse limits.</param>
    /// <param name="formatOf">The format <c>.tamer.yml</c> assigns a file (by its full path), or null to recognise it from its path and text.</param>
    /// <param name="keep">
    /// What to keep of each file read, given its index, format, parsed document and the bytes it was
    /// parsed from (the stand-ins keep less than the document); null keeps the document.
    /// </param>
    public static IReadOnlyList<WorkItemDocument> Load(
        IReadOnlyList<string> fullPaths,
        CliEnvironment environment,
        ParseLimits limits,
        Func<string, FormatProfile?>? formatOf = null,
        Func<int, FormatProfile?, WorkItemDocument, byte[], WorkItemDocument>? keep = null)
    {
        var documents = new WorkItemDocument[fullPaths.Count];
        var failures = new string?[fullPaths.Count];
        Parallel.For(0, fullPaths.Count, i =>
        {
            var fullPath = fullPaths[i];
            var display = environment.DisplayPath(fullPath);
            try
            {
                var format = formatOf?.Invoke(fullPath);
                var document = WorkItemParser.ReadFile(fullPath, display, limits, format, out var bytes);
                documents[i] = keep is null ? document : keep(i, format, document, bytes);
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

    /// <summary>
    /// The <c>backlog/config.yml</c> files of the Backlog.md documents' repositories that exist, each
    /// read once, under the path form the documents use (<paramref name="fullPaths"/>[i] is the file of
    /// <paramref name="documents"/>[i]); a file that cannot be read is left out, and Backlog.md's
    /// default statuses apply.
    /// </summary>
    public static IReadOnlyList<BacklogConfiguration> BacklogConfigurations(IReadOnlyList<WorkItemDocument> documents, IReadOnlyList<string> fullPaths)
    {
        var found = new Dictionary<string, BacklogConfiguration>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Profile != FormatProfiles.BacklogMd || BacklogConfiguration.PathFor(documents[i].Path) is not { } shown || found.ContainsKey(shown) || BacklogConfiguration.PathFor(fullPaths[i]) is not { } full || !File.Exists(full))
            {
                continue;
            }

            try
            {
                found.Add(shown, BacklogConfiguration.Read(shown, File.ReadAllText(full)));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
            }
        }

        return found.Values.OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
    }
}
