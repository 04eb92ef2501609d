using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Tamer.Spec.Claims;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Text;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules;

/// <summary>
/// What a rule gets to judge the claims of a change: the workspace, the claims, and a way to report
/// a diagnostic at a claim's location in the code (not in a Work Item).
/// </summary>
public sealed class ClaimContext
{
    private readonly Rule _rule;
    private readonly Func<DiagnosticDescriptor, DiagnosticSeverity> _severityOf;
    private readonly List<(DiagnosticDescriptor Descriptor, SourceLocation Location, string Message)> _reported = new();

    internal ClaimContext(Rule rule, WorkItemWorkspace workspace, IReadOnlyList<CriterionClaim> claims, Func<DiagnosticDescriptor, DiagnosticSeverity> severityOf, CancellationToken cancellationToken)
    {
        _rule = rule;
        _severityOf = severityOf;
        Workspace = workspace;
        Claims = claims;
        CancellationToken = cancellationToken;
    }

    /// <summary>All Work Items linted together (read-only).</summary>
    public WorkItemWorkspace Workspace { get; }

    /// <summary>The claims, in the order the host read them.</summary>
    public IReadOnlyList<CriterionClaim> Claims { get; }

    /// <summary>Cancellation requested by the host.</summary>
    public CancellationToken CancellationToken { get; }

    internal IReadOnlyList<(DiagnosticDescriptor Descriptor, SourceLocation Location, string Message)> Reported => _reported;

    /// <summary>True when <paramref name="descriptor"/> will be reported at all (its configured severity is not <c>none</c>).</summary>
    public bool IsEnabled(DiagnosticDescriptor descriptor) =>
        _severityOf(descriptor ?? throw new ArgumentNullException(nameof(descriptor))) != DiagnosticSeverity.None;

    /// <summary>Reports a diagnostic at <paramref name="location"/> in the code that makes a claim.</summary>
    /// <param name="descriptor">One of the rule's <see cref="Rule.SupportedDiagnostics"/>.</param>
    /// <param name="location">Where the claim's argument is written.</param>
    /// <param name="messageArguments">The values the message names.</param>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] messageArguments)
    {
        if (descriptor is null)
        {
            throw new ArgumentNullException(nameof(descriptor));
        }

        if (!_rule.SupportedDiagnostics.Contains(descriptor))
        {
            throw new InvalidOperationException("The rule reported " + descriptor.Id + ", which is not among its supported diagnostics.");
        }

        _reported.Add((descriptor, location ?? throw new ArgumentNullException(nameof(location)), descriptor.FormatMessage(messageArguments)));
    }
}
