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

    internal FileLintResult(WorkItemDocument document, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Diagnostic> suppressed, IReadOnlyList<Diagnostic> baselined)
    {
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
