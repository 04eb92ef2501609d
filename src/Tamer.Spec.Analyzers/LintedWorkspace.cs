using System;
using System.Linq;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Analyzers;

/// <summary>A project's Work Items after the engine ran: what traceability and code fixes need.</summary>
internal sealed class LintedWorkspace
{
    private readonly Func<string, AdditionalInput?> _inputOf;

    public LintedWorkspace(WorkItemWorkspace workspace, LintResult result, SeverityLayers severities, Func<string, AdditionalInput?> inputOf)
    {
        Workspace = workspace;
        Result = result;
        Severities = severities;
        _inputOf = inputOf;
    }

    public WorkItemWorkspace Workspace { get; }

    public LintResult Result { get; }

    public SeverityLayers Severities { get; }

    /// <summary>The parsed document of a Work Item input.</summary>
    public WorkItemDocument? DocumentOf(AdditionalInput input) =>
        Workspace.Documents.FirstOrDefault(d => string.Equals(d.Path, input.DocumentPath, StringComparison.Ordinal));

    /// <summary>The AdditionalFile of a document path the engine reports.</summary>
    public AdditionalInput? InputOf(string documentPath) => _inputOf(documentPath);
}
