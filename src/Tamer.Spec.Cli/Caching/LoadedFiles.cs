using System;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Cli.Caching;

/// <summary>What a run with the cache read, file by file (index i is the i-th file it was given).</summary>
internal sealed class LoadedFiles
{
    public LoadedFiles(int count)
    {
        Shown = new string[count];
        Hashes = new string[count];
        Sizes = new long[count];
        Times = new long[count];
        Digests = new string[count];
        Facts = new ArraySegment<byte>[count];
        Skeletons = new ArraySegment<byte>[count];
        Results = new ArraySegment<byte>[count];
        Decoded = new FileLintResult?[count];
        ParsedWhole = new bool[count];
    }

    /// <summary>Each file's path as reports show it.</summary>
    public string[] Shown { get; }

    /// <summary>The hash of each file's bytes.</summary>
    public string[] Hashes { get; }

    /// <summary>Each file's size and time when it was hashed.</summary>
    public long[] Sizes { get; }

    /// <summary>Each file's last write time (UTC ticks).</summary>
    public long[] Times { get; }

    /// <summary>Each file's <see cref="CrossItemFacts"/> digest.</summary>
    public string[] Digests { get; }

    /// <summary>The bytes of each native Work Item's facts (none for other files).</summary>
    public ArraySegment<byte>[] Facts { get; }

    /// <summary>The bytes of each native Work Item's text skeleton, as the cache holds it.</summary>
    public ArraySegment<byte>[] Skeletons { get; }

    /// <summary>The bytes of each cached result this run may reuse.</summary>
    public ArraySegment<byte>[] Results { get; }

    /// <summary>The cached results this run reuses, decoded.</summary>
    public FileLintResult?[] Decoded { get; }

    /// <summary>True for the files this run parsed whole.</summary>
    public bool[] ParsedWhole { get; }

    /// <summary>The documents, once loaded.</summary>
    public WorkItemDocument[]? Documents { get; set; }

    /// <summary>The workspace key of this run.</summary>
    public string WorkspaceKey { get; set; } = string.Empty;

    /// <summary>True when this run reuses cached results.</summary>
    public bool Reusing { get; set; }

    /// <summary>True when some file's bytes are not those the cache holds (or it holds none).</summary>
    public bool AnyChanged { get; set; }
}
