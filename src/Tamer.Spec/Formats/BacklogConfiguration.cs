using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Formats.Backlog;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Formats;

/// <summary>
/// What the gate reads of a Backlog.md repository's <c>backlog/config.yml</c>: its board's status
/// list (<c>statuses: ["To Do", "In Progress", "Done"]</c>). A host reads the file and gives it to
/// the workspace (<see cref="Workspace.WorkItemWorkspace"/>); the tasks under its folder then map
/// their statuses through it: a status whose name Backlog.md and the gate know keeps its meaning
/// (To Do is ready, Done is done, Blocked is blocked, …), and a custom one takes its place on the
/// board: the first column is not started (ready), the last is done, the ones between are in progress.
/// </summary>
public sealed class BacklogConfiguration
{
    /// <summary>The file's name inside the <c>backlog</c> folder.</summary>
    public const string FileName = "config.yml";

    private BacklogConfiguration(string path, IReadOnlyList<string> statuses, string? problem, SourceLocation? problemLocation)
    {
        Path = path;
        Folder = FeatureFolder.Of(path);
        Statuses = statuses;
        Problem = problem;
        ProblemLocation = problemLocation;
    }

    /// <summary>The file's path as the host gave it (in the same form as the documents' paths).</summary>
    public string Path { get; }

    /// <summary>The <c>backlog</c> folder the file configures (its path's folder).</summary>
    public string Folder { get; }

    /// <summary>The statuses, in board order; empty when the file lists none (Backlog.md's defaults apply).</summary>
    public IReadOnlyList<string> Statuses { get; }

    /// <summary>Why <c>statuses</c> could not be read, or null when it could (or is absent).</summary>
    public string? Problem { get; }

    /// <summary>Where <see cref="Problem"/> is, or null.</summary>
    public SourceLocation? ProblemLocation { get; }

    /// <summary>
    /// The path of the <c>config.yml</c> that configures the Backlog.md file at
    /// <paramref name="documentPath"/> (<c>backlog/tasks/task-7 - X.md</c> → <c>backlog/config.yml</c>),
    /// with the document path's separators; null for a file outside a <c>backlog</c> folder.
    /// </summary>
    public static string? PathFor(string documentPath)
    {
        if (documentPath is null)
        {
            throw new ArgumentNullException(nameof(documentPath));
        }

        var separator = documentPath.IndexOf('\\') >= 0 && documentPath.IndexOf('/') < 0 ? '\\' : '/';
        var segments = documentPath.Replace('\\', '/').Split('/');
        for (var i = segments.Length - 3; i >= 0; i--)
        {
            if (segments[i] == "backlog" && BacklogPaths.IsBacklogFolder(segments, i + 1))
            {
                return string.Join(separator.ToString(), segments.Take(i + 1).Append(FileName));
            }
        }

        return null;
    }

    /// <summary>Reads the file's text; never throws: what cannot be read is a <see cref="Problem"/>, and the defaults apply.</summary>
    public static BacklogConfiguration Read(string path, string text)
    {
        if (path is null || text is null)
        {
            throw new ArgumentNullException(path is null ? nameof(path) : nameof(text));
        }

        var source = SourceText.From(text);
        var tree = YamlTreeBuilder.Build(source, new TextSpan(0, source.Length), ParseLimits.Default);
        if (tree.Problems.FirstOrDefault(p => p.IsFatal) is { } fatal)
        {
            return new BacklogConfiguration(path, Array.Empty<string>(), "it is not valid YAML (" + string.Join(", ", fatal.Arguments) + "); Backlog.md's default statuses are used", source.GetLocation(path, fatal.Span));
        }

        if (tree.Root is not YamlMapping root || root.Find("statuses") is not { } entry)
        {
            return new BacklogConfiguration(path, Array.Empty<string>(), null, null);
        }

        if (entry.Value is not YamlSequence list || list.Items.Any(i => i is not YamlScalar { IsNull: false }))
        {
            return new BacklogConfiguration(path, Array.Empty<string>(), "'statuses' is " + entry.Value.KindDescription + ", not a list of status names; Backlog.md's default statuses are used", source.GetLocation(path, entry.Value.Span));
        }

        return new BacklogConfiguration(path, list.Items.Cast<YamlScalar>().Select(s => s.Value.Trim()).Where(s => s.Length > 0).ToList(), null, null);
    }

    /// <summary>True when this file configures the Backlog.md file at <paramref name="documentPath"/> (in the same form of path).</summary>
    public bool Configures(string documentPath) =>
        documentPath is not null && PathFor(documentPath) is { } own && string.Equals(own.Replace('\\', '/'), Path.Replace('\\', '/'), StringComparison.Ordinal);

    /// <summary>
    /// The lifecycle state of <paramref name="status"/> on this board, or null when the file lists no
    /// such status (Backlog.md compares status names without regard to letter case).
    /// </summary>
    public WorkItemStatus? Map(string status)
    {
        var index = -1;
        for (var i = 0; i < Statuses.Count; i++)
        {
            if (string.Equals(Statuses[i], status?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return null;
        }

        return BacklogDialect.KnownStatus(Statuses[index])
            ?? (index == 0 ? WorkItemStatus.Ready : index == Statuses.Count - 1 ? WorkItemStatus.Done : WorkItemStatus.InProgress);
    }
}
