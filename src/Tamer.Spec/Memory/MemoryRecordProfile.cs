using System.Collections.Generic;
using Tamer.Spec.Formats;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Memory;

/// <summary>
/// A file of the invariants registry or of the rejected-designs log: not a Work Item, so no Work
/// Item rule runs on it; the memory rule checks the record it holds. Records take the Work Item id
/// shape and are never fixed in place.
/// </summary>
internal abstract class MemoryRecordProfile : FormatProfile
{
    private readonly bool _skipsFilesWithoutFrontmatter;

    protected MemoryRecordProfile(bool skipsFilesWithoutFrontmatter, DocumentRole role)
    {
        _skipsFilesWithoutFrontmatter = skipsFilesWithoutFrontmatter;
        Role = role;
    }

    /// <summary>The role of the files this profile reads.</summary>
    public DocumentRole Role { get; }

    /// <summary>An example id, for <see cref="IdShape"/>.</summary>
    protected abstract string ExampleId { get; }

    public override string IdShape => "upper-case letters and digits in at least two groups joined by '-', such as " + ExampleId;

    public override bool IsWellFormedId(string id) => WorkItemFormat.IsWellFormedId(id);

    public override bool AcceptsFixes(string diagnosticId) => false;

    /// <summary>The record of a file, with the problems of decoding it.</summary>
    protected abstract object ReadRecord(string path, SourceText source, ParseLimits limits, List<ParseProblem> problems);

    /// <summary>The record of a file that could not be decoded: only its problems.</summary>
    internal abstract object UnreadableRecord(string path, IReadOnlyList<MemoryRecordProblem> problems);

    // In the default folder a file without frontmatter (a README, a template, an empty file) holds
    // no record: it stays in the folder's role, with nothing for any rule to check.
    internal override WorkItemDocument Read(string path, SourceText source, List<ParseProblem> problems, ParseLimits limits) =>
        new(path, source, new List<ParseProblem>(), null, this, Role,
            _skipsFilesWithoutFrontmatter && problems.Count == 0 && FrontmatterSplitter.Split(source, out _) is null ? null : ReadRecord(path, source, limits, problems));
}
