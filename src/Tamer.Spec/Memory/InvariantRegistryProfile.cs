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
    public override string Name => "invariants-registry";

    public override string Describe => "an invariants registry entry";

    public override string IdShape => "upper-case letters and digits in at least two groups joined by '-', such as INV-TENANT-001";

    public override bool IsWellFormedId(string id) => WorkItemFormat.IsWellFormedId(id);

    public override bool AcceptsFixes(string diagnosticId) => false;

    internal override WorkItemDocument Read(string path, SourceText source, List<ParseProblem> problems, ParseLimits limits) =>
        new(path, source, new List<ParseProblem>(), null, this, DocumentRole.InvariantRecord, MemoryRecordReader.ReadInvariant(path, source, limits));
}
