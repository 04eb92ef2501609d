using System;
using System.Collections.Generic;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Fixes;

/// <summary>One file of a fix run: its text before and after, and what was applied.</summary>
public sealed class FixedFile
{
    internal FixedFile(WorkItemDocument original, WorkItemDocument fixedDocument, IReadOnlyList<CodeFix> applied, IReadOnlyList<FixPass> passes, IReadOnlyList<string> warnings)
    {
        Passes = passes;
        Original = original;
        Fixed = fixedDocument;
        Applied = applied;
        Warnings = warnings;
    }

    /// <summary>The file's path, as given.</summary>
    public string Path => Original.Path;

    /// <summary>The file as it was read.</summary>
    public WorkItemDocument Original { get; }

    /// <summary>The file after the fixes (the same document when nothing changed).</summary>
    public WorkItemDocument Fixed { get; }

    /// <summary>The text read (without a byte order mark).</summary>
    public string OriginalText => Original.Text.Text;

    /// <summary>The text after the fixes.</summary>
    public string Text => Fixed.Text.Text;

    /// <summary>True when a fix changed the file.</summary>
    public bool Changed => !string.Equals(OriginalText, Text, StringComparison.Ordinal);

    /// <summary>The bytes the file had, when it was valid UTF-8 (a file that was not is never changed).</summary>
    public byte[] OriginalBytes => WorkItemFixer.Encode(OriginalText, Original.Text.HasByteOrderMark);

    /// <summary>The bytes to write: UTF-8, with the byte order mark when the file had one.</summary>
    public byte[] Bytes => WorkItemFixer.Encode(Text, Original.Text.HasByteOrderMark);

    /// <summary>Every fix applied, pass after pass.</summary>
    public IReadOnlyList<CodeFix> Applied { get; }

    /// <summary>Each pass that changed the file, in order.</summary>
    public IReadOnlyList<FixPass> Passes { get; }

    /// <summary>Why fixing stopped early for this file (a fix that keeps coming back), if it did.</summary>
    public IReadOnlyList<string> Warnings { get; }
}
