using System.Collections.Generic;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Memory;

/// <summary>
/// A record of the rejected-designs log (<c>decisions/rejected/**/*.md</c>, or the globs of
/// <c>rejected_designs_log:</c>).
/// </summary>
internal sealed class RejectedDesignLogProfile : MemoryRecordProfile
{
    public RejectedDesignLogProfile(bool skipsFilesWithoutFrontmatter)
        : base(skipsFilesWithoutFrontmatter, DocumentRole.RejectedDesign)
    {
    }

    public override string Name => "rejected-designs-log";

    public override string Describe => "a rejected-design record";

    protected override string ExampleId => "RD-0007";

    protected override object ReadRecord(string path, SourceText source, ParseLimits limits, List<ParseProblem> problems) =>
        MemoryRecordReader.ReadRejectedDesign(path, source, limits, problems);

    internal override object UnreadableRecord(string path, IReadOnlyList<MemoryRecordProblem> problems) =>
        MemoryRecordReader.UnreadableRecord(path, problems);
}
