using System.Collections.Generic;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Memory;

/// <summary>
/// A file of the invariants registry (<c>invariants/**/*.md</c>, or the globs of
/// <c>invariants_registry:</c>), holding one registry entry.
/// </summary>
internal sealed class InvariantRegistryProfile : MemoryRecordProfile
{
    public InvariantRegistryProfile(bool skipsFilesWithoutFrontmatter)
        : base(skipsFilesWithoutFrontmatter, DocumentRole.InvariantRecord)
    {
    }

    public override string Name => "invariants-registry";

    public override string Describe => "an invariants registry entry";

    protected override string ExampleId => "INV-TENANT-001";

    protected override object ReadRecord(string path, SourceText source, ParseLimits limits, List<ParseProblem> problems) =>
        MemoryRecordReader.ReadInvariant(path, source, limits, problems);

    internal override object UnreadableRecord(string path, IReadOnlyList<MemoryRecordProblem> problems) =>
        MemoryRecordReader.Unreadable(path, problems);
}
