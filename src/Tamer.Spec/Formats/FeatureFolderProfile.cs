using System;
using System.Collections.Generic;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats;

/// <summary>
/// A format whose Work Item is a feature folder kept in one Markdown file without a frontmatter
/// (Spec Kit's <c>spec.md</c>, Kiro's <c>requirements.md</c>); the folder's other files belong to
/// it. Such a format has no place for a scope, invariants or an estimate: a missing scope warns
/// rather than refuses, the messages say how to write what can be written (a <c>## Scope</c> or
/// <c>## Non-goals</c> section of the Work Item's file), and no fix is offered, since every fix
/// would write a frontmatter key or <c>AC-n</c> numbering.
/// </summary>
internal abstract class FeatureFolderProfile : FormatProfile
{
    /// <summary>The file that holds the folder's Work Item (<c>spec.md</c>).</summary>
    protected abstract string WorkItemFileName { get; }

    /// <summary>The file whose paths are the Work Item's write scope, in messages ("tasks.md's tasks").</summary>
    protected abstract string ScopeFilesName { get; }

    // The format has no place for a scope, nor for extend_scope: missing, they warn.
    public override DiagnosticSeverity? DefaultSeverity(string diagnosticId) =>
        diagnosticId is "TMR1001" or "TMR1005" ? DiagnosticSeverity.Warning : null;

    public override string? Idiom(string diagnosticId) => diagnosticId switch
    {
        "TMR1001" or "TMR1003" or "TMR1005" or "TMR1007" =>
            "in " + Describe + ", add a '## Scope' section to " + WorkItemFileName + " listing '- write: path', '- read_only: path', '- forbidden: path' and '- extend_scope: false'",
        "TMR1004" or "TMR1010" => "in " + Describe + ", the write scope is the files " + ScopeFilesName + " names (and a '## Scope' section's write list): name the files rather than a folder",
        "TMR4004" => Describe + " has no place for a dependency, so let the other finish first, or keep the two off the same files",
        "TMR3001" => Describe + " has no place for invariants, so narrow the '## Scope' section's write list instead (files rather than folders or globs)",
        "TMR5001" => "in " + Describe + ", list them under a '## Non-goals' or '## Out of Scope' section of " + WorkItemFileName,
        "TMR5003" => Describe + " has no place for an estimate, so the checks that depend on the change's size (TMR5001, TMR5002) do not run",
        _ => CriteriaIdiom(diagnosticId),
    };

    public override bool AcceptsFixes(string diagnosticId) => false;

    /// <summary>How to write criteria in the format, for the acceptance rule's messages; null when nothing is added.</summary>
    protected abstract string? CriteriaIdiom(string diagnosticId);

    /// <summary>
    /// The Work Item of the folder: its id is the folder's name, its title the first heading's
    /// text after a colon (or the id), and the criteria, non-goals and scope sections are read.
    /// </summary>
    protected static WorkItemParts Start(string path, SourceText source, IReadOnlyList<MarkdownLine> lines, IReadOnlyList<string> emptyTitles)
    {
        var parts = MarkdownWorkItem.Start(source);
        parts.Id = MarkdownWorkItem.Unwritten(source, FeatureFolder.Name(path), parts.OpeningLineSpan);
        parts.Title = MarkdownWorkItem.HeadingTitle(source, lines, emptyTitles) ?? parts.Id;
        parts.NonGoals = MarkdownWorkItem.NonGoals(source, lines, "non-goals", "non goals", "out of scope");
        if (MarkdownScopeSection.Read(source, lines) is { } scope)
        {
            parts.Scope = scope;
        }

        return parts;
    }

    /// <summary>The criteria as declared at <paramref name="declaration"/> (absent when null).</summary>
    protected static DeclaredList<AcceptanceCriterion> Criteria(IReadOnlyList<AcceptanceCriterion> criteria, TextSpan? declaration) =>
        declaration is { } heading
            ? new DeclaredList<AcceptanceCriterion>(ListOrigin.Body, heading, criteria, null)
            : DeclaredList<AcceptanceCriterion>.Absent;

    /// <summary>
    /// The paths a file of the folder that is not its Work Item names as the Work Item's write scope
    /// (a Spec Kit tasks.md's task paths, a Kiro design.md's file list), each with its span in that
    /// file; empty for the other files.
    /// </summary>
    internal virtual IReadOnlyList<(string Path, TextSpan Span)> ScopePaths(WorkItemDocument companion) => Array.Empty<(string, TextSpan)>();

    /// <summary>A file of the folder that is not its Work Item, with what the profile read from it.</summary>
    protected WorkItemDocument Companion(string path, SourceText source, List<ParseProblem> problems, object? facts) =>
        new(path, source, problems, null, this, DocumentRole.Companion, facts);
}
