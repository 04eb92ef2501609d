using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

using Tamer.Spec.Paths;

namespace Tamer.Spec.Repository;

/// <summary>
/// Walks folders so that each real file is found once, however many links lead to it. The folders
/// reached without a link come first; then the links met on the way, in the order they were met,
/// each followed only when it leads to a folder not walked yet and not holding the walk's start
/// (a link to a parent, or to a folder already seen, is a way back, never a new tree). A link
/// whose target lies outside the boundary (the repository root) is not followed unless the
/// configuration says <c>follow_links_outside: true</c>; such links are collected in
/// <see cref="LinksOutside"/>, each once, for the host to report (TMR9004). A broken link, or a
/// cycle of links, leads nowhere and is skipped. Folders the caller's filter refuses (hidden,
/// build output, dependencies) are not entered, whether reached directly or through a link.
/// </summary>
public sealed class FolderWalk
{

    private readonly string? _boundary;
    private readonly bool _followLinksOutside;
    private readonly Func<string, bool> _entersFolder;
    private readonly Func<string, bool> _isExcluded;
    private readonly SortedDictionary<string, string> _linksOutside = new(StringComparer.Ordinal);

    /// <summary>Creates a walk.</summary>
    /// <param name="boundary">The folder links may not leave (the repository root); null for none.</param>
    /// <param name="followLinksOutside">True to follow links that leave the boundary (still never into a folder already walked).</param>
    /// <param name="entersFolder">Whether to enter a folder, by its name.</param>
    /// <param name="isExcluded">Whether a link's path is excluded as a whole (it is then neither followed nor reported).</param>
    public FolderWalk(string? boundary, bool followLinksOutside, Func<string, bool> entersFolder, Func<string, bool>? isExcluded = null)
    {
        _boundary = boundary is null ? null : RealPaths.Of(boundary) ?? Path.GetFullPath(boundary);
        _followLinksOutside = followLinksOutside;
        _entersFolder = entersFolder ?? throw new ArgumentNullException(nameof(entersFolder));
        _isExcluded = isExcluded ?? (_ => false);
    }

    /// <summary>The folders every search for Work Items and sources enters: all but <see cref="NeverSearchedFolders"/>.</summary>
    public static bool IsSearched(string folderName) => !NeverSearchedFolders.Contains(folderName);

    /// <summary>The links met so far that lead outside the boundary and were not followed, sorted by path.</summary>
    public IReadOnlyList<LinkOutside> LinksOutside => _linksOutside.Select(p => new LinkOutside(p.Key, p.Value)).ToList();

    /// <summary>Every file below <paramref name="start"/>, each real file once.</summary>
    public IEnumerable<WalkedFile> Files(string start)
    {
        var realStart = RealPaths.Of(start);
        if (realStart is null || !Directory.Exists(realStart))
        {
            yield break;
        }

        // A start outside the boundary (a folder named explicitly) is its own boundary.
        var boundary = _boundary is not null && RealPaths.IsSameOrInside(realStart, _boundary) ? _boundary : realStart;
        var folders = new HashSet<string>(RealPaths.Comparer) { realStart };
        var files = new HashSet<string>(RealPaths.Comparer);
        var links = new Queue<Link>();
        foreach (var file in Tree(Path.GetFullPath(start), realStart, throughLink: false, folders, files, links))
        {
            yield return file;
        }

        while (links.Count > 0)
        {
            var link = links.Dequeue();
            if (!RealPaths.IsSameOrInside(link.Target, boundary) && !_followLinksOutside)
            {
                if (!_isExcluded(link.Path))
                {
                    _linksOutside.TryAdd(link.Path, link.Target);
                }

                continue;
            }

            if (!link.IsFolder)
            {
                if (files.Add(link.Target))
                {
                    yield return new WalkedFile(link.Path, link.Target, ThroughLink: true);
                }

                continue;
            }

            if (RealPaths.IsSameOrInside(realStart, link.Target) || !folders.Add(link.Target))
            {
                continue;
            }

            foreach (var file in Tree(link.Path, link.Target, throughLink: true, folders, files, links))
            {
                yield return file;
            }
        }
    }

    // The files below one folder reached without a further link; the links met are queued.
    private IEnumerable<WalkedFile> Tree(string path, string realPath, bool throughLink, HashSet<string> folders, HashSet<string> files, Queue<Link> links)
    {
        var pending = new Stack<(string Path, string RealPath)>();
        pending.Push((path, realPath));
        while (pending.Count > 0)
        {
            var (folder, realFolder) = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                continue;
            }

            var subfolders = new List<(string Path, string RealPath)>();
            foreach (var entry in entries)
            {
                var entryPath = Path.Combine(folder, entry.Name);
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is not null)
                {
                    QueueLink(entryPath, entry.Name, links);
                }
                else if ((entry.Attributes & FileAttributes.Directory) != 0)
                {
                    var realEntry = Path.Combine(realFolder, entry.Name);
                    if (_entersFolder(entry.Name) && folders.Add(realEntry))
                    {
                        subfolders.Add((entryPath, realEntry));
                    }
                }
                else if (files.Add(Path.Combine(realFolder, entry.Name)))
                {
                    // The entry's attributes were read above: its size and time come with them.
                    var seen = !throughLink && entry is FileInfo file ? (file.Length, file.LastWriteTimeUtc.Ticks) : ((long, long)?)null;
                    yield return new WalkedFile(entryPath, Path.Combine(realFolder, entry.Name), throughLink) { Seen = seen };
                }
            }

            // Pushed in reverse so that folders are walked in name order.
            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push(subfolders[i]);
            }
        }
    }

    private void QueueLink(string path, string name, Queue<Link> links)
    {
        if (RealPaths.Of(path) is not { } target)
        {
            return;
        }

        var isFolder = Directory.Exists(target);
        if (!isFolder || _entersFolder(name))
        {
            links.Enqueue(new Link(path, target, isFolder));
        }
    }

    private sealed record Link(string Path, string Target, bool IsFolder);
}
