using System;
using System.Collections.Generic;
using Tamer.Spec.Formats;
using Tamer.Spec.Model;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Parsing;

/// <summary>
/// Reads a file that starts with a YAML frontmatter block (the native format, Backlog.md): the
/// block, its YAML tree, then the profile's binding of the tree and the body.
/// </summary>
internal static class FrontmatterDocumentReader
{
    public static WorkItemDocument Read(
        string path,
        SourceText source,
        List<ParseProblem> problems,
        ParseLimits limits,
        FormatProfile profile,
        Func<FrontmatterBlock, YamlMapping?, WorkItem> bind,
        Func<WorkItem, object?>? facts = null)
    {
        var block = FrontmatterSplitter.Split(source, out var splitProblem);
        if (block is null)
        {
            problems.Add(splitProblem!);
            return Document(null);
        }

        var tree = YamlTreeBuilder.Build(source, block.Yaml, limits);
        problems.AddRange(tree.Problems);
        foreach (var problem in tree.Problems)
        {
            if (problem.IsFatal)
            {
                return Document(null);
            }
        }

        YamlMapping? frontmatter;
        switch (tree.Root)
        {
            case null:
                frontmatter = null;
                break;
            case YamlMapping mapping:
                frontmatter = mapping;
                break;
            case YamlScalar { IsNull: true }:
                frontmatter = null;
                break;
            default:
                problems.Add(new ParseProblem(
                    ParseProblemKind.YamlSyntax,
                    tree.Root.Span,
                    isFatal: true,
                    "the frontmatter must be a mapping of keys, but it is " + tree.Root.KindDescription));
                return Document(null);
        }

        var workItem = bind(block, frontmatter);
        return Document(workItem);

        WorkItemDocument Document(WorkItem? workItem) =>
            new(path, source, problems, workItem, profile, DocumentRole.WorkItem, workItem is null ? null : facts?.Invoke(workItem));
    }
}
