using System.Collections.Generic;
using Tamer.Spec.Formats;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Memory;

/// <summary>
/// A file of the invariants registry (<c>invariants/**/*.md</c>, or the globs of
/// <c>invariants_registry:</c>): not a Work Item, so no Work Item rule runs on it; the memory rule
/// checks the entry it holds.
/// </summary>
internal sealed class InvariantRegistryProfile : FormatProfile
{
    private readonly bool _skipsFilesWithoutFrontmatter;

    public InvariantRegistryProfile(bool skipsFilesWithoutFrontmatter) => _skipsFilesWithoutFrontmatter = skipsFilesWithoutFrontmatter;

    public override string Name => "invariants-registry";

    public override string Describe => "an invariants registry entry";

    public override string IdShape => "upper-case letters and digits in at least two groups joined by '-', such as INV-TENANT-001";

    public override bool IsWellFormedId(string id) => WorkItemFormat.IsWellFormedId(id);

    public override bool AcceptsFixes(string diagnosticId) => false;

    // In the default folder a file without frontmatter (a README, a template, an empty file) holds
    // no record: it stays in the folder's role, with nothing for any rule to check.
    internal override WorkItemDocument Read(string path, SourceText source, List<ParseProblem> problems, ParseLimits limits) =>
        _skipsFilesWithoutFrontmatter && problems.Count == 0 && FrontmatterSplitter.Split(source, out _) is null
            ? new(path, source, new List<ParseProblem>(), null, this, DocumentRole.InvariantRecord, null)
            : new(path, source, new List<ParseProblem>(), null, this, DocumentRole.InvariantRecord, MemoryRecordReader.ReadInvariant(path, source, limits, problems));
}
