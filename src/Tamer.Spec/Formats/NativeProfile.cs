using System.Collections.Generic;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats;

/// <summary>The native Work Item format (spec format 2), as the parser has always read it.</summary>
internal sealed class NativeProfile : FormatProfile
{
    public override string Name => "native";

    public override string Describe => "a Work Item";

    public override string IdShape => "upper-case letters and digits in at least two groups joined by '-', such as WI-AUTH-0042";

    public override bool IsWellFormedId(string id) => WorkItemFormat.IsWellFormedId(id);

    internal override WorkItemDocument Read(string path, SourceText source, List<ParseProblem> problems, ParseLimits limits) =>
        FrontmatterDocumentReader.Read(path, source, problems, limits, this, (block, frontmatter) => WorkItemBinder.Bind(source, block, frontmatter));
}
