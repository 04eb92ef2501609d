using System.Collections.Generic;
using Tamer.Spec.Formats;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Memory;

/// <summary>
/// A record of the rejected-designs log (<c>decisions/rejected/**/*.md</c>, or the globs of
/// <c>rejected_designs_log:</c>): not a Work Item, so no Work Item rule runs on it; the memory rule
/// checks the record.
/// </summary>
internal sealed class RejectedDesignLogProfile : FormatProfile
{
    private readonly bool _skipsFilesWithoutFrontmatter;

    public RejectedDesignLogProfile(bool skipsFilesWithoutFrontmatter) => _skipsFilesWithoutFrontmatter = skipsFilesWithoutFrontmatter;

    public override string Name => "rejected-designs-log";

    public override string Describe => "a rejected-design record";

    public override string IdShape => "upper-case letters and digits in at least two groups joined by '-', such as RD-0007";

    public override bool IsWellFormedId(string id) => WorkItemFormat.IsWellFormedId(id);

    public override bool AcceptsFixes(string diagnosticId) => false;

    // In the default folder a file without frontmatter (a README, a template, an empty file) holds
    // no record: it stays in the folder's role, with nothing for any rule to check.
    internal override WorkItemDocument Read(string path, SourceText source, List<ParseProblem> problems, ParseLimits limits) =>
        _skipsFilesWithoutFrontmatter && problems.Count == 0 && FrontmatterSplitter.Split(source, out _) is null
            ? new(path, source, new List<ParseProblem>(), null, this, DocumentRole.RejectedDesign, null)
            : new(path, source, new List<ParseProblem>(), null, this, DocumentRole.RejectedDesign, MemoryRecordReader.ReadRejectedDesign(path, source, limits, problems));
}
