using System.Collections.Generic;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats;

/// <summary>
/// A file layout the gate reads: the native Work Item format, or a format teams already write
/// (Backlog.md tasks, Spec Kit features, Kiro specs). A profile turns one file into the Work Item
/// model the rules read, every element keeping its span in the original file, so that the axis
/// rules judge every format alike and diagnostics land on the file's own lines. A profile only
/// reads; it never rewrites a file (fixes it does not accept are not offered).
/// </summary>
public abstract class FormatProfile
{
    private protected FormatProfile()
    {
    }

    /// <summary>The name <c>.tamer.yml</c> uses (<c>native</c>, <c>backlog-md</c>, <c>spec-kit</c>, <c>kiro</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The format's name in messages ("a Backlog.md task").</summary>
    public abstract string Describe { get; }

    /// <summary>
    /// The severity this format gives a diagnostic by default (the configuration still wins), or
    /// null for the diagnostic's own default: an axis the format has no place for may be softer.
    /// </summary>
    public virtual DiagnosticSeverity? DefaultSeverity(string diagnosticId) => null;

    /// <summary>
    /// How to write what a diagnostic asks for in this format's own idiom, appended to its message;
    /// null when the message needs nothing added.
    /// </summary>
    public virtual string? Idiom(string diagnosticId) => null;

    /// <summary>True when fixes of <paramref name="diagnosticId"/> may be offered: they write in this format's own form.</summary>
    public virtual bool AcceptsFixes(string diagnosticId) => true;

    /// <summary>
    /// True when a fix the profile accepts (see <see cref="AcceptsFixes"/>) also keeps the file's
    /// layout as the format's own tools read it (Backlog.md's marker comments stay where they are).
    /// </summary>
    internal virtual bool KeepsLayout(string text, IReadOnlyList<TextEdit> edits) => true;

    /// <summary>True when <paramref name="id"/> has the shape of this format's ids.</summary>
    public abstract bool IsWellFormedId(string id);

    /// <summary>True when the format's tools compare ids without regard to letter case (Backlog.md: <c>task-5</c> is <c>TASK-5</c>).</summary>
    public virtual bool IdsIgnoreCase => false;

    /// <summary>The id shape in words, for the message of a malformed id.</summary>
    public abstract string IdShape { get; }

    /// <summary>Reads a decoded file. <paramref name="problems"/> holds what decoding found already.</summary>
    internal abstract WorkItemDocument Read(string path, SourceText source, List<ParseProblem> problems, ParseLimits limits);

    /// <summary>
    /// The format's own checks (file name and id, links between files): what is wrong with the file in
    /// this layout. The format rule reports each finding.
    /// </summary>
    public virtual IEnumerable<ProfileFinding> Check(RuleContext context)
    {
        yield break;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
