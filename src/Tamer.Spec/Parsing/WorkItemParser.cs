using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Tamer.Spec.Formats;
using Tamer.Spec.Text;

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
    public static WorkItemDocument Parse(string path, byte[] content, ParseLimits? limits = null) => Parse(path, content, limits, null);

    /// <summary>
    /// Parses a file's bytes as <paramref name="profile"/>'s format; a null profile is recognised
    /// from the path and a first look at the text (see <see cref="FormatDetector"/>).
    /// </summary>
    public static WorkItemDocument Parse(string path, byte[] content, ParseLimits? limits, FormatProfile? profile) =>
        Parse(path, content, limits, profile, path);

    /// <summary>
    /// Parses a file's bytes as <paramref name="profile"/>'s format; a null profile is recognised
    /// from <paramref name="detectionPath"/> (the file's full path, say, when <paramref name="path"/>
    /// is relative to a working folder inside a layout's folders) and a first look at the text, as
    /// <see cref="ReadFile(string, string, ParseLimits?, FormatProfile?)"/> does with bytes a host
    /// read itself (and hashed, say).
    /// </summary>
    public static WorkItemDocument Parse(string path, byte[] content, ParseLimits? limits, FormatProfile? profile, string detectionPath)
    {
        if (detectionPath is null)
        {
            throw new ArgumentNullException(nameof(detectionPath));
        }

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
            return WorkItemDocument.Failed(path, decoded.Text, fatal, profile);
        }

        return ParseText(path, decoded.Text, decoded.Problem, limits, profile ?? FormatDetector.Detect(detectionPath, decoded.Text));
    }

    /// <summary>Parses text that a host has already decoded (a leading U+FEFF counts as a byte order mark).</summary>
    public static WorkItemDocument Parse(string path, string text, ParseLimits? limits = null) => Parse(path, text, limits, null);

    /// <summary>Parses decoded text as <paramref name="profile"/>'s format (recognised from the path and the text when null).</summary>
    public static WorkItemDocument Parse(string path, string text, ParseLimits? limits, FormatProfile? profile)
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
            return WorkItemDocument.Failed(path, SourceText.From(string.Empty), TextDecoder.TooLarge(Encoding.UTF8.GetByteCount(text), limits), profile);
        }

        var source = SourceText.From(text);
        var nul = source.Text.IndexOf('\0');
        if (nul >= 0)
        {
            return WorkItemDocument.Failed(
                path,
                source,
                new ParseProblem(ParseProblemKind.BinaryContent, new TextSpan(nul, 1), isFatal: true, "a NUL character: this is a binary file, not text"),
                profile);
        }

        return ParseText(path, source, null, limits, profile);
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
    public static WorkItemDocument ReadFile(string fullPath, string path, ParseLimits? limits = null) => ReadFile(fullPath, path, limits, null);

    /// <summary>
    /// Reads and parses a file for a host as <paramref name="profile"/>'s format; when null, the
    /// format is recognised from <paramref name="fullPath"/> (so that a layout is found whatever
    /// the working directory) and a first look at the text.
    /// </summary>
    public static WorkItemDocument ReadFile(string fullPath, string path, ParseLimits? limits, FormatProfile? profile) =>
        ReadFile(fullPath, path, limits, profile, out _);

    /// <summary>
    /// Reads and parses a file as <see cref="ReadFile(string, string, ParseLimits?, FormatProfile?)"/>
    /// does, giving the bytes it parsed (a host that reads the file again compares them, or their
    /// hash); empty for a file over <see cref="ParseLimits.MaxFileBytes"/>, which is not read.
    /// </summary>
    public static WorkItemDocument ReadFile(string fullPath, string path, ParseLimits? limits, FormatProfile? profile, out byte[] bytes)
    {
        limits ??= ParseLimits.Default;

        // One open for the length and the bytes: a large workspace reads thousands of small files.
        using (var stream = new FileStream(fullPath ?? throw new ArgumentNullException(nameof(fullPath)), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1))
        {
            var length = stream.Length;
            if (length > limits.MaxFileBytes)
            {
                bytes = Array.Empty<byte>();
                return TooLarge(path, length, limits, profile);
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

        return Parse(path, bytes, limits, profile, fullPath);
    }

    /// <summary>
    /// Builds a document for a file the host did not read because it is over
    /// <see cref="ParseLimits.MaxFileBytes"/> (so that a huge file is never loaded into memory).
    /// </summary>
    public static WorkItemDocument TooLarge(string path, long sizeInBytes, ParseLimits? limits = null) => TooLarge(path, sizeInBytes, limits, null);

    /// <summary>A document for a file over the size limit, in the role <paramref name="profile"/> gives it (a Work Item when null).</summary>
    public static WorkItemDocument TooLarge(string path, long sizeInBytes, ParseLimits? limits, FormatProfile? profile) =>
        WorkItemDocument.Failed(path ?? throw new ArgumentNullException(nameof(path)), SourceText.From(string.Empty), TextDecoder.TooLarge(sizeInBytes, limits ?? ParseLimits.Default), profile);

    private static WorkItemDocument ParseText(string path, SourceText source, ParseProblem? encodingProblem, ParseLimits limits, FormatProfile? profile)
    {
        // Recognise the format before anything is allocated for the parse.
        profile ??= FormatDetector.Detect(path, source);
        var problems = new List<ParseProblem>();
        if (encodingProblem is not null)
        {
            problems.Add(encodingProblem);
        }

        return profile.Read(path, source, problems, limits);
    }
}
