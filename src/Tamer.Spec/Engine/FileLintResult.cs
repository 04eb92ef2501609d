using System.Collections.Generic;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Engine;

/// <summary>What the gate says about one file.</summary>
public sealed class FileLintResult
{
    internal FileLintResult(WorkItemDocument document, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Diagnostic> suppressed)
        : this(document, diagnostics, suppressed, System.Array.Empty<Diagnostic>())
    {
    }

    /// <summary>
    /// A file's result as an earlier run found it: hosts that keep results between runs (a cache
    /// keyed by the file's content and everything the checks read) give it back through
    /// <see cref="LintOptions.KnownResult"/>. The gate decision is taken again from
    /// <paramref name="diagnostics"/>.
    /// </summary>
    /// <param name="document">The file.</param>
    /// <param name="diagnostics">The diagnostics that count, sorted by position then ID.</param>
    /// <param name="suppressed">The diagnostics justified <c>suppress</c> entries silence.</param>
    /// <param name="baselined">The diagnostics baseline entries hide.</param>
    public FileLintResult(WorkItemDocument document, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Diagnostic> suppressed, IReadOnlyList<Diagnostic> baselined)
    {
        if (document is null || diagnostics is null || suppressed is null || baselined is null)
        {
            throw new System.ArgumentNullException(document is null ? nameof(document) : diagnostics is null ? nameof(diagnostics) : suppressed is null ? nameof(suppressed) : nameof(baselined));
        }

        BaselinedDiagnostics = baselined;
        Document = document;
        Diagnostics = diagnostics;
        SuppressedDiagnostics = suppressed;
        Gate = GateDecision.For(diagnostics);
    }

    /// <summary>The file.</summary>
    public WorkItemDocument Document { get; }

    /// <summary>The file's path as the host gave it.</summary>
    public string Path => Document.Path;

    /// <summary>The Work Item's id, or null.</summary>
    public string? Id => Document.Id;

    /// <summary>Diagnostics that count, sorted by position then ID.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Diagnostics silenced by justified <c>suppress</c> entries.</summary>
    public IReadOnlyList<Diagnostic> SuppressedDiagnostics { get; }

    /// <summary>Diagnostics a baseline entry hides (they count for nothing).</summary>
    public IReadOnlyList<Diagnostic> BaselinedDiagnostics { get; }

    /// <summary>The gate's verdict.</summary>
    public GateDecision Gate { get; }

    /// <summary>True when the Work Item is refused.</summary>
    public bool IsRefused => Gate.IsRefused;
}
