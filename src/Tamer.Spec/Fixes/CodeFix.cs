using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Fixes;

/// <summary>
/// A fix for one diagnostic: a title a person can read, whether it is safe (mechanical, so
/// <c>--fix</c> applies it) or a suggestion (it changes meaning or needs a choice), and
/// non-overlapping edits on the file's original text.
/// </summary>
public sealed class CodeFix
{
    /// <summary>Creates a fix; the edits are kept in text order and must not overlap.</summary>
    public CodeFix(string diagnosticId, string title, FixKind kind, IEnumerable<TextEdit> edits)
    {
        if (kind == FixKind.None)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), "A fix is safe or a suggestion.");
        }

        DiagnosticId = diagnosticId ?? throw new ArgumentNullException(nameof(diagnosticId));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Kind = kind;
        Edits = (edits ?? throw new ArgumentNullException(nameof(edits))).OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length).ToList();
        if (Edits.Count == 0)
        {
            throw new ArgumentException("A fix has at least one edit.", nameof(edits));
        }

        for (var i = 1; i < Edits.Count; i++)
        {
            if (Edits[i].ConflictsWith(Edits[i - 1]))
            {
                throw new ArgumentException("The edits of one fix overlap: " + Edits[i - 1] + " and " + Edits[i] + ".", nameof(edits));
            }
        }
    }

    /// <summary>The ID of the diagnostic it fixes.</summary>
    public string DiagnosticId { get; }

    /// <summary>What it does, in a few words ("add extend_scope: false").</summary>
    public string Title { get; }

    /// <summary>Safe or a suggestion.</summary>
    public FixKind Kind { get; }

    /// <summary>The edits, in text order.</summary>
    public IReadOnlyList<TextEdit> Edits { get; }

    /// <summary>True when some edit of this fix conflicts with some edit of <paramref name="other"/>.</summary>
    public bool ConflictsWith(CodeFix other) =>
        Edits.Any(e => (other ?? throw new ArgumentNullException(nameof(other))).Edits.Any(e.ConflictsWith));

    /// <inheritdoc />
    public override string ToString() => DiagnosticId + ": " + Title + " (" + Kind.ToName() + ")";
}
