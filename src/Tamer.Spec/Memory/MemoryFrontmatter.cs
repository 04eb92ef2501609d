using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Memory;

/// <summary>
/// The frontmatter of a registry entry or a rejected-design record, read key by key: every problem
/// (no frontmatter, a YAML error, a missing key, a value of the wrong type) is kept with its place,
/// for the memory rule to report in that file.
/// </summary>
internal sealed class MemoryFrontmatter
{
    private readonly SourceText _source;
    private readonly YamlMapping? _mapping;

    private MemoryFrontmatter(SourceText source, YamlMapping? mapping, TextSpan headSpan, TextSpan body)
    {
        _source = source;
        _mapping = mapping;
        HeadSpan = headSpan;
        Body = body;
    }

    public TextSpan HeadSpan { get; }

    public TextSpan Body { get; }

    public List<MemoryRecordProblem> Problems { get; } = new();

    public bool IsReadable => _mapping is not null;

    public static MemoryFrontmatter Read(SourceText source, ParseLimits limits, string what, IEnumerable<ParseProblem>? decodeProblems = null)
    {
        var read = ReadFrontmatter(source, limits, what);
        foreach (var problem in decodeProblems ?? Enumerable.Empty<ParseProblem>())
        {
            read.Problems.Insert(0, new MemoryRecordProblem(problem.Span, "the file's text: " + Describe(problem)));
        }

        return read;
    }

    private static MemoryFrontmatter ReadFrontmatter(SourceText source, ParseLimits limits, string what)
    {
        var head = source.Length == 0 ? default : source.GetLineSpan(1);
        var block = FrontmatterSplitter.Split(source, out var splitProblem);
        if (block is null)
        {
            var empty = new MemoryFrontmatter(source, null, head, default);
            empty.Problems.Add(new MemoryRecordProblem(splitProblem!.Span, what + " has no frontmatter: " + Describe(splitProblem)));
            return empty;
        }

        var tree = YamlTreeBuilder.Build(source, block.Yaml, limits);
        var fatal = tree.Problems.FirstOrDefault(p => p.IsFatal) ?? tree.Problems.FirstOrDefault();
        if (fatal is not null || tree.Root is not YamlMapping mapping)
        {
            var broken = new MemoryFrontmatter(source, null, block.OpeningLine, block.Body);
            broken.Problems.Add(fatal is not null
                ? new MemoryRecordProblem(fatal.Span, what + "'s frontmatter is not valid YAML: " + Describe(fatal))
                : new MemoryRecordProblem(block.OpeningLine, what + "'s frontmatter must be a mapping of keys"));
            return broken;
        }

        return new MemoryFrontmatter(source, mapping, block.OpeningLine, block.Body);
    }

    internal static string Describe(ParseProblem problem) =>
        problem.Arguments.Length > 0 ? string.Join(" ", problem.Arguments.Select(a => System.Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture))) : problem.Kind.ToString();

    /// <summary>A required text value; a problem when missing, empty or not text.</summary>
    public SourcedText? Required(string key)
    {
        if (_mapping is null)
        {
            return null;
        }

        var text = Optional(key);
        if (text is null && _mapping.Find(key) is null)
        {
            Problems.Add(new MemoryRecordProblem(HeadSpan, "'" + key + "' is missing"));
        }

        return text;
    }

    /// <summary>An optional text value; a problem when it is not text.</summary>
    public SourcedText? Optional(string key)
    {
        if (_mapping?.Find(key) is not { } entry)
        {
            return null;
        }

        if (entry.Value is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (entry.Value is not YamlScalar scalar)
        {
            Problems.Add(new MemoryRecordProblem(entry.Value.Span, "'" + key + "' must be text, found " + entry.Value.KindDescription));
            return null;
        }

        var text = scalar.GetSourcedText(_source).Trim();
        return text.Value.Length == 0 ? null : text;
    }

    /// <summary>A list of text values (a single text counts as a list of one); a problem for any other shape.</summary>
    public List<SourcedText> List(string key)
    {
        var found = new List<SourcedText>();
        if (_mapping?.Find(key) is not { } entry)
        {
            return found;
        }

        switch (entry.Value)
        {
            case YamlScalar { IsNull: true }:
                break;
            case YamlScalar scalar:
                found.Add(scalar.GetSourcedText(_source).Trim());
                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } text)
                    {
                        found.Add(text.GetSourcedText(_source).Trim());
                    }
                    else
                    {
                        Problems.Add(new MemoryRecordProblem(item.Span, "each entry of '" + key + "' must be text, found " + item.KindDescription));
                    }
                }

                break;
            default:
                Problems.Add(new MemoryRecordProblem(entry.Value.Span, "'" + key + "' must be a list of text, found " + entry.Value.KindDescription));
                break;
        }

        return found;
    }

    /// <summary>The keys of the frontmatter that are not among <paramref name="known"/>, as problems.</summary>
    public void UnknownKeys(IReadOnlyList<string> known)
    {
        foreach (var entry in _mapping?.Entries ?? (IReadOnlyList<YamlMappingEntry>)System.Array.Empty<YamlMappingEntry>())
        {
            if (entry.KeyText is not { } key || !known.Contains(key))
            {
                Problems.Add(new MemoryRecordProblem(entry.Key.Span, "unknown key '" + (entry.KeyText ?? entry.Key.KindDescription) + "'; the keys are " + string.Join(", ", known)));
            }
        }
    }
}
