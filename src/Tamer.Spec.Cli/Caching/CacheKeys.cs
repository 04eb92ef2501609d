using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Tamer.Spec.Engine;
using Tamer.Spec.Formats;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli.Caching;

/// <summary>What a cached result is kept under: the run, and the workspace's cross-item facts.</summary>
internal static class CacheKeys
{
    /// <summary>
    /// The run key: the builds of the tool and of every rule pack, the configuration file's bytes,
    /// the command line's rule and severity settings, the baseline file's bytes and, with a baseline,
    /// the day its entries expire against, and the working folder (reports show paths relative to it).
    /// </summary>
    public static string Run(TamerSession session, IEnumerable<string> settings, string workingFolder)
    {
        var key = new StringBuilder("tamer-lint ").Append(TamerVersion.Semantic).Append('\n');
        var assemblies = new[] { typeof(LintEngine).Assembly, typeof(CacheKeys).Assembly }
            .Concat(session.Engine.Packs.Select(p => p.GetType().Assembly))
            .Distinct();
        foreach (var assembly in assemblies)
        {
            key.Append(assembly.GetName().Name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId).Append('\n');
        }

        key.Append("configuration ").Append(session.ConfigurationPath).Append(' ').Append(HashOfFile(session.ConfigurationPath)).Append('\n');
        foreach (var setting in settings)
        {
            key.Append("setting ").Append(setting).Append('\n');
        }

        if (session.Baseline is { } baseline)
        {
            key.Append("baseline ").Append(HashOfFile(session.BaselinePath)).Append(' ').Append(baseline.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        key.Append("folder ").Append(workingFolder).Append('\n');
        return Hash(key);
    }

    /// <summary>
    /// The workspace key: every file's path and <see cref="CrossItemFacts"/> digest, in order, and the
    /// Backlog.md status lists (<c>backlog/config.yml</c>) their statuses are read with.
    /// </summary>
    public static string Workspace(IReadOnlyList<string> shown, IReadOnlyList<string> digests, IReadOnlyList<string> fullPaths)
    {
        var key = new StringBuilder(shown.Count * 100);
        var boards = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < shown.Count; i++)
        {
            key.Append(shown[i]).Append('\t').Append(digests[i]).Append('\n');
            if (BacklogConfiguration.PathFor(fullPaths[i]) is { } board)
            {
                boards.Add(board);
            }
        }

        foreach (var board in boards)
        {
            key.Append("board ").Append(board).Append(' ').Append(HashOfFile(board)).Append('\n');
        }

        return Hash(key);
    }

    private static string HashOfFile(string? path)
    {
        try
        {
            return path is not null && File.Exists(path) ? CacheBytes.Hash(File.ReadAllBytes(path)) : "none";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Unreadable now: a key no cache was written under.
            return "unreadable " + Guid.NewGuid();
        }
    }

    private static string Hash(StringBuilder key) => CacheBytes.Hash(key.ToString());
}
