using System.Globalization;
using System.Linq;
using NuGet.Versioning;
using Tamer.Spec.Model;
using Tamer.Spec.Text;

namespace Tamer.Spec.Rules.Invariants;

/// <summary>
/// Invariants 2.0.0: a change that may touch more than five files (more than five write paths, a
/// folder or glob in write, or <c>estimate.files</c> over five; the number is the pack's
/// <c>broad_change_files</c> setting) declares invariants (TMR3001);
/// every invariant has a consequence (TMR3002) and a valid shape (TMR3003).
/// </summary>
public sealed class InvariantsRuleV2 : Rule
{
    /// <summary>Creates the rule.</summary>
    public InvariantsRuleV2()
        : base(new NuGetVersion(2, 0, 0), new[] { InvariantsDiagnostics.MissingInvariants, InvariantsDiagnostics.MissingConsequence, InvariantsDiagnostics.MalformedInvariant })
    {
    }

    /// <inheritdoc />
    public override void Analyze(RuleContext context) => Analyze(context, acceptsRegistryReferences: false);

    /// <summary>
    /// The checks of 2.0.0; with <paramref name="acceptsRegistryReferences"/> (2.1.0), an entry that
    /// only names an invariants registry entry (<c>- INV-TENANT-001</c>, <c>- id: INV-TENANT-001</c>)
    /// is a declaration whose statement and consequence live in the registry.
    /// </summary>
    internal static void Analyze(RuleContext context, bool acceptsRegistryReferences)
    {
        var workItem = context.WorkItem;
        var threshold = context.Settings.Get(InvariantsSettings.BroadChangeFiles);
        if (workItem.Invariants.Count == 0 && BroadChange(workItem, threshold) is { } reason)
        {
            context.Report(InvariantsDiagnostics.MissingInvariants, reason.Span, threshold, reason.Text);
        }

        foreach (var invariant in workItem.Invariants.Items)
        {
            if (acceptsRegistryReferences && invariant.RegistryId is not null)
            {
                continue;
            }

            switch (invariant.Shape)
            {
                case InvariantShape.Malformed:
                    context.Report(InvariantsDiagnostics.MalformedInvariant, invariant.Span, invariant.MalformedReason);
                    break;
                case InvariantShape.BareStatement:
                case InvariantShape.Pair or InvariantShape.Structured when string.IsNullOrWhiteSpace(invariant.Consequence?.Value):
                    context.Report(InvariantsDiagnostics.MissingConsequence, invariant.Span, invariant.Statement!.Value);
                    break;
            }
        }
    }

    // Why the change may touch more than the threshold of files, and where that shows; null when it may not.
    private static (string Text, TextSpan Span)? BroadChange(WorkItem workItem, int threshold)
    {
        var write = workItem.Scope.WritablePaths.ToList();
        if (write.FirstOrDefault(p => p.Pattern.MayNameFolder || p.Pattern.IsGlob) is { } broad)
        {
            return ("write includes the " + (broad.Pattern.IsGlob ? "glob" : "folder") + " '" + broad.Text + "'", broad.Span);
        }

        if (write.Count > threshold)
        {
            var key = workItem.Scope.Write?.KeySpan ?? workItem.Scope.KeySpan;
            return (string.Format(CultureInfo.InvariantCulture, "write lists {0} paths", write.Count), key);
        }

        if (workItem.Estimate is { Files: { } files } estimate && files > threshold)
        {
            return (string.Format(CultureInfo.InvariantCulture, "estimate.files is {0}", estimate.Files), estimate.FilesSpan ?? estimate.KeySpan);
        }

        return null;
    }
}
