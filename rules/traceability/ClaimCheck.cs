using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Spelling;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>
/// Compares the claims that tests make with the Work Items of the workspace: a claim names a
/// Work Item that exists (TMR6001) and criteria that Work Item has (TMR6002); and, when asked, every
/// criterion of a Work Item in <c>review</c> or <c>done</c> has at least one claim (TMR6003). Pure:
/// the host reads the claims from code and hands them over with their locations.
/// </summary>
public static class ClaimCheck
{
    private const int MaxIdsListed = 10;

    /// <summary>Checks <paramref name="claims"/> against <paramref name="workspace"/>.</summary>
    /// <param name="workspace">The Work Items the claims may name.</param>
    /// <param name="claims">The claims read from the code.</param>
    /// <param name="configuration">Severities and whether the axis is off.</param>
    /// <param name="checkUnclaimed">
    /// False when the claims are not all the claims there are (the code read was not every test),
    /// so that a criterion is not reported as unclaimed for want of looking.
    /// </param>
    public static ClaimReport Check(WorkItemWorkspace workspace, IEnumerable<CriterionClaim> claims, TamerConfiguration configuration, bool checkUnclaimed = true)
    {
        if (workspace is null || claims is null || configuration is null)
        {
            throw new ArgumentNullException(workspace is null ? nameof(workspace) : claims is null ? nameof(claims) : nameof(configuration));
        }

        var reporter = new Reporter(configuration);
        var claimsOf = new Dictionary<AcceptanceCriterion, List<CriterionClaim>>();
        foreach (var claim in claims)
        {
            Resolve(claim, workspace, claimsOf, reporter);
        }

        var traces = new List<CriterionTrace>();
        foreach (var document in workspace.Documents.Where(d => d.WorkItem?.Id is not null))
        {
            foreach (var criterion in document.WorkItem!.AcceptanceCriteria.Items)
            {
                var claimedBy = claimsOf.TryGetValue(criterion, out var list) ? (IReadOnlyList<CriterionClaim>)list : Array.Empty<CriterionClaim>();
                traces.Add(new CriterionTrace(document, criterion, claimedBy));
            }
        }

        if (checkUnclaimed)
        {
            foreach (var trace in traces.Where(t => t.ClaimedBy.Count == 0 && IsFinished(t.Document) && !Suppressed(t.Document, TraceabilityDiagnostics.UnclaimedCriterion.Id)))
            {
                reporter.Report(TraceabilityDiagnostics.UnclaimedCriterion, trace.Document.GetLocation(trace.Criterion.IdSpan ?? trace.Criterion.Span), Unclaimed(trace));
            }
        }

        return new ClaimReport(reporter.Found, traces);
    }

    private static void Resolve(CriterionClaim claim, WorkItemWorkspace workspace, Dictionary<AcceptanceCriterion, List<CriterionClaim>> claimsOf, Reporter reporter)
    {
        var documents = workspace.FindById(claim.WorkItem.Value).Where(d => d.WorkItem is not null).ToList();
        if (documents.Count == 0)
        {
            var near = DidYouMean.Find(claim.WorkItem.Value, workspace.Ids);
            reporter.Report(TraceabilityDiagnostics.UnknownWorkItem, claim.WorkItem.Location, claim.WorkItem.Value, near is null ? string.Empty : "; did you mean '" + near + "'?");
            return;
        }

        var criteria = documents.SelectMany(d => d.WorkItem!.AcceptanceCriteria.Items).ToList();
        foreach (var argument in claim.Criteria)
        {
            var matches = criteria.Where(c => string.Equals(c.Id, argument.Value, StringComparison.Ordinal)).ToList();
            if (matches.Count == 0)
            {
                reporter.Report(TraceabilityDiagnostics.UnknownCriterion, argument.Location, claim.WorkItem.Value, argument.Value, KnownCriteria(argument.Value, criteria));
                continue;
            }

            foreach (var criterion in matches)
            {
                if (!claimsOf.TryGetValue(criterion, out var list))
                {
                    list = new List<CriterionClaim>();
                    claimsOf.Add(criterion, list);
                }

                if (!list.Contains(claim))
                {
                    list.Add(claim);
                }
            }
        }
    }

    // What the Work Item does have, so that the message says what to write instead.
    private static string KnownCriteria(string claimed, IReadOnlyList<AcceptanceCriterion> criteria)
    {
        var ids = criteria.Where(c => c.Id is not null).Select(c => c.Id!).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return "; none of its criteria has an id yet (TMR2006 numbers them)";
        }

        if (DidYouMean.Find(claimed, ids) is { } near)
        {
            return "; did you mean '" + near + "'?";
        }

        var listed = string.Join(", ", ids.Take(MaxIdsListed));
        return "; its criteria are " + listed + (ids.Count > MaxIdsListed ? " and " + (ids.Count - MaxIdsListed).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty);
    }

    private static string Unclaimed(CriterionTrace trace)
    {
        var workItem = trace.Document.WorkItem!;
        var status = WorkItemFormat.ToValue(workItem.Status);
        var id = workItem.Id!.Value;
        return trace.Criterion.Id is { } criterionId
            ? criterionId + " of " + id + " is '" + status + "' but no test claims it; mark the test that proves it with [Satisfies(\"" + id + "\", \"" + criterionId + "\")]"
            : "criterion " + (trace.Criterion.Index + 1).ToString(CultureInfo.InvariantCulture) + " of " + id + " is '" + status + "' but has no id, so no test can claim it; give it one (TMR2006 numbers criteria)";
    }

    private static bool IsFinished(WorkItemDocument document) => document.WorkItem!.Status is WorkItemStatus.Review or WorkItemStatus.Done;

    private static bool Suppressed(WorkItemDocument document, string diagnosticId) =>
        document.WorkItem!.Suppressions.Any(s => string.Equals(s.DiagnosticId, diagnosticId, StringComparison.Ordinal) && SuppressionPolicy.Check(s, _ => true) == SuppressionProblem.None);

    // Applies the configuration: the axis may be off, and each ID may have another severity.
    private sealed class Reporter
    {
        private readonly TamerConfiguration _configuration;
        private readonly bool _axisOff;
        private readonly RuleReference _rule = new(TraceabilityRulePack.AxisName, TraceabilityRuleV1.RuleVersion);

        public Reporter(TamerConfiguration configuration)
        {
            _configuration = configuration;
            _axisOff = configuration.FindRule(TraceabilityRulePack.AxisName) is { IsOff: true };
        }

        public List<Diagnostic> Found { get; } = new();

        public void Report(DiagnosticDescriptor descriptor, Text.SourceLocation location, params object?[] arguments)
        {
            var severity = _configuration.FindSeverity(descriptor.Id)?.Severity ?? descriptor.DefaultSeverity;
            if (_axisOff || severity == DiagnosticSeverity.None)
            {
                return;
            }

            Found.Add(new Diagnostic(descriptor, severity, descriptor.FormatMessage(arguments), location, _rule));
        }
    }
}
