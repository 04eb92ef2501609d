using System;
using System.Collections.Generic;
using NuGet.Versioning;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules;

/// <summary>
/// One version of one axis's rule. A rule is pure: it reads only what <see cref="RuleContext"/>
/// hands it (the Work Item, the workspace, the repository view a host may give) and reports
/// diagnostics; no file system, clock, environment or network. That keeps it deterministic and
/// lets it run inside the compiler.
/// </summary>
public abstract class Rule
{
    /// <summary>Creates a rule version.</summary>
    protected Rule(NuGetVersion version, IReadOnlyList<DiagnosticDescriptor> supportedDiagnostics)
    {
        Version = version ?? throw new ArgumentNullException(nameof(version));
        SupportedDiagnostics = supportedDiagnostics ?? throw new ArgumentNullException(nameof(supportedDiagnostics));
    }

    /// <summary>The rule's semantic version.</summary>
    public NuGetVersion Version { get; }

    /// <summary>Every diagnostic this version can report.</summary>
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>
    /// True when the rule also runs on files whose parse failed (no Work Item model). Only rules
    /// that report on the parse itself need this; the others never see such files.
    /// </summary>
    public virtual bool AnalyzesUnparsedDocuments => false;

    /// <summary>Analyses the Work Item in <paramref name="context"/>.</summary>
    public abstract void Analyze(RuleContext context);

    /// <summary>
    /// Judges the change in <see cref="RuleContext.Change"/> against the Work Item in
    /// <paramref name="context"/> (the engine calls it only when the lint carries a change that
    /// applies to this Work Item). Nothing by default: most rules have nothing to say about a change.
    /// </summary>
    public virtual void AnalyzeChange(RuleContext context)
    {
    }

    /// <summary>
    /// Judges the claims of the change in <paramref name="context"/> against the workspace, once per
    /// lint (the engine calls it only when the change carries claims). What it reports is located
    /// in the code that makes the claim, not in a Work Item. Nothing by default.
    /// </summary>
    public virtual void AnalyzeClaims(ClaimContext context)
    {
    }
}
