using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Parsing;

/// <summary>
/// Reads one Work Item file. Never throws on content: every malformed, oversized or hostile input
/// becomes a <see cref="ParseProblem"/> with a position. The parser does no I/O; hosts hand it the
/// bytes (preferred: the parser then sees the byte order mark and invalid UTF-8) or the text.
/// </summary>
public static class WorkItemParser
{
    /// <summary>Parses a file's bytes.</summary>
    /// <param name="path">The path to report (relative to the working directory, with <c>/</c>).</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="limits">The limits to enforce; <see cref="ParseLimits.Default"/> when null.</param>
    public static WorkItemDocument Parse(string path, byte[] content, ParseLimits? limits = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        limits ??= ParseLimits.Default;
        var decoded = TextDecoder.Decode(content, limits);
        if (decoded.Problem is { IsFatal: true } fatal)
        {
            return WorkItemDocument.Failed(path, decoded.Text, fatal);
        }

        return ParseText(path, decoded.Text, decoded.Problem, limits);
    }

    /// <summary>Parses text that a host has already decoded (a leading U+FEFF counts as a byte order mark).</summary>
    public static WorkItemDocument Parse(string path, string text, ParseLimits? limits = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        limits ??= ParseLimits.Default;
        if (text.Length > limits.MaxFileBytes || Encoding.UTF8.GetByteCount(text) > limits.MaxFileBytes)
        {
            return WorkItemDocument.Failed(path, SourceText.From(string.Empty), TextDecoder.TooLarge(Encoding.UTF8.GetByteCount(text), limits));
        }

        var source = SourceText.From(text);
        var nul = source.Text.IndexOf('\0');
        if (nul >= 0)
        {
            return WorkItemDocument.Failed(
                path,
                source,
                new ParseProblem(ParseProblemKind.BinaryContent, new TextSpan(nul, 1), isFatal: true, "a NUL character: this is a binary file, not text"));
        }

        return ParseText(path, source, null, limits);
    }

    /// <summary>
    /// Reads and parses a file for a host: a file over <see cref="ParseLimits.MaxFileBytes"/> is not
    /// read at all (its length is enough to report it). I/O failures (a file that vanished or cannot
    /// be read) are the host's to report: they are thrown as <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/>.
    /// </summary>
    /// <param name="fullPath">Where the file is.</param>
    /// <param name="path">The path to report.</param>
    /// <param name="limits">The limits to enforce; <see cref="ParseLimits.Default"/> when null.</param>
    public static WorkItemDocument ReadFile(string fullPath, string path, ParseLimits? limits = null)
    {
        limits ??= ParseLimits.Default;

        // One open for the length and the bytes: a large workspace reads thousands of small files.
        byte[] bytes;
        using (var stream = new FileStream(fullPath ?? throw new ArgumentNullException(nameof(fullPath)), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1))
        {
            var length = stream.Length;
            if (length > limits.MaxFileBytes)
            {
                return TooLarge(path, length, limits);
            }

            bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length)
            {
                var count = stream.Read(bytes, read, bytes.Length - read);
                if (count == 0)
                {
                    // The file shrank since its length was read: what was there is what is parsed.
                    Array.Resize(ref bytes, read);
                    break;
                }

                read += count;
            }
        }

        return Parse(path, bytes, limits);
    }

    /// <summary>
    /// Builds a document for a file the host did not read because it is over
    /// <see cref="ParseLimits.MaxFileBytes"/> (so that a huge file is never loaded into memory).
    /// </summary>
    public static WorkItemDocument TooLarge(string path, long sizeInBytes, ParseLimits? limits = null) =>
        WorkItemDocument.Failed(path ?? throw new ArgumentNullException(nameof(path)), SourceText.From(string.Empty), TextDecoder.TooLarge(sizeInBytes, limits ?? ParseLimits.Default));

    private static WorkItemDocument ParseText(string path, SourceText source, ParseProblem? encodingProblem, ParseLimits limits)
    {
        var problems = new List<ParseProblem>();
        if (encodingProblem is not null)
        {
            problems.Add(encodingProblem);
        }

        var block = FrontmatterSplitter.Split(source, out var splitProblem);
        if (block is null)
        {
            problems.Add(splitProblem!);
            return new WorkItemDocument(path, source, problems, null);
        }

        var tree = YamlTreeBuilder.Build(source, block.Yaml, limits);
        problems.AddRange(tree.Problems);
        foreach (var problem in tree.Problems)
        {
            if (problem.IsFatal)
            {
                return new WorkItemDocument(path, source, problems, null);
            }
        }

        YamlMapping? frontmatter;
        switch (tree.Root)
        {
            case null:
                frontmatter = null;
                break;
            case YamlMapping mapping:
                frontmatter = mapping;
                break;
            case YamlScalar { IsNull: true }:
                frontmatter = null;
                break;
            default:
                problems.Add(new ParseProblem(
                    ParseProblemKind.YamlSyntax,
                    tree.Root.Span,
                    isFatal: true,
                    "the frontmatter must be a mapping of keys, but it is " + tree.Root.KindDescription));
                return new WorkItemDocument(path, source, problems, null);
        }

        var workItem = Parsing.WorkItemBinder.Bind(source, block, frontmatter);
        return new WorkItemDocument(path, source, problems, workItem);
    }
}
