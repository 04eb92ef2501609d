using System.Globalization;
using System.Text;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Tests.Yaml;

/// <summary>
/// The simple reader must give exactly the general reader's tree (nodes, values, styles, spans and
/// problems) for every block it accepts, and decline the rest.
/// </summary>
public sealed class SimpleYamlReaderTests
{
    [Fact]
    public void Every_Work_Item_in_the_repository_reads_the_same_with_both_readers()
    {
        var blocks = RepositoryFrontmatters().ToList();
        var accepted = blocks.Count(block => CompareReaders(block) is not null);

        blocks.Count.ShouldBeGreaterThan(100);
        // Most frontmatter is in the simple shape: a reader that declines everything gains nothing.
        ((double)accepted / blocks.Count).ShouldBeGreaterThan(0.8);
    }

    [Fact]
    public void A_generated_busy_corpus_reads_the_same_with_both_readers()
    {
        var generator = new ShapedCorpusGenerator(7, 400, CorpusShape.ForProfile("busy")!);
        var accepted = 0;
        foreach (var (_, bytes) in generator.Generate())
        {
            if (CompareReaders(Encoding.UTF8.GetString(bytes)) is not null)
            {
                accepted++;
            }
        }

        // Some generated items carry planted defects (a legacy scope, broken YAML) the general reader takes.
        accepted.ShouldBeGreaterThan(360);
    }

    [Fact]
    public void Mutated_frontmatter_reads_the_same_whenever_the_simple_reader_accepts_it()
    {
        var seeds = RepositoryFrontmatters().Distinct(StringComparer.Ordinal).ToArray();
        var random = new Random(20261207);
        var accepted = 0;
        var declined = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = Mutate(seeds[random.Next(seeds.Length)], random);
            if (CompareReaders(text) is null)
            {
                declined++;
            }
            else
            {
                accepted++;
            }
        }

        // Both ways are exercised: the mutations make blocks the simple reader takes and blocks it leaves.
        accepted.ShouldBeGreaterThan(2_000);
        declined.ShouldBeGreaterThan(2_000);
    }

    [Theory]
    [InlineData("id: WI-1\r\nscope:\r\n  write: [a.cs]\r\n  forbidden:\r\n    - b/ # not this\r\n")]
    [InlineData("# a comment first\nid: WI-1   # trailing\n\n   # indented comment\nlist:\n- a\n- \"b\"\nnext: 'it''s'\n")]
    [InlineData("invariants:\n  - \"tenant is bound\": \"data leaks\"\n    extra: 1\n  - plain item\n")]
    [InlineData("estimate: { diff_lines: 299, files: 3 }\nempty: []\nnone: {}\n")]
    [InlineData("title: \"say \\\"hi\\\" \\\\ now\\n\"\nurl: http://example.com/a#b\nneg: -5\n")]
    [InlineData("deep:\n  deeper:\n    deepest:\n      - x: 1\n        y: [a, b]\n")]
    public void Common_frontmatter_is_read_by_the_simple_reader_with_the_general_readers_tree(string yaml)
    {
        CompareReaders(yaml).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("base: &anchor value\ncopy: *anchor\n")]
    [InlineData("tagged: !!str 12\n")]
    [InlineData("text: |\n  one\n  two\n")]
    [InlineData("text: >\n  one\n")]
    [InlineData("title: a title\n  that goes on\n")]
    [InlineData("id: WI-1\n\tstatus: draft\n")]
    [InlineData("depends_on:\nstatus: draft\n")]
    [InlineData("list: [a, b, ]\n")]
    [InlineData("list: [a, [b]]\n")]
    [InlineData("list: [a,\n  b]\n")]
    [InlineData("%YAML 1.2\n---\nid: WI-1\n")]
    [InlineData("id: WI-1\n...\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("title: \"two\n  lines\"\n")]
    [InlineData("title: \"\\u00e9\"\n")]
    [InlineData("a: b: c\n")]
    [InlineData("? complex\n: key\n")]
    [InlineData("list:\n  -\n    - nested\n")]
    [InlineData("t *atle: value\n")]
    public void Other_yaml_is_left_to_the_general_reader(string yaml)
    {
        AssertLeftToTheGeneralReader(yaml);
    }

    [Fact]
    public void Keys_whose_colon_is_beyond_the_simple_key_limit_are_left_to_the_general_reader()
    {
        AssertLeftToTheGeneralReader("\"" + new string('x', 1100) + "\": 1\n");
        AssertLeftToTheGeneralReader(new string('a', 1020) + new string(' ', 10) + ": v\n");
        AssertLeftToTheGeneralReader("k: {" + new string('a', 1100) + ": b}\n");
    }

    private static void AssertLeftToTheGeneralReader(string yaml)
    {
        var source = SourceText.From(yaml);
        var block = new TextSpan(0, source.Length);

        YamlTreeBuilder.TryBuildSimple(source, block, ParseLimits.Default).ShouldBeNull();
        Describe(YamlTreeBuilder.Build(source, block, ParseLimits.Default)).ShouldBe(Describe(YamlTreeBuilder.BuildGeneral(source, block, ParseLimits.Default)));
    }

    [Fact]
    public void Duplicate_keys_and_limits_are_reported_the_same_way_by_both_readers()
    {
        CompareReaders("id: WI-1\nid: WI-2\n").ShouldNotBeNull();
        var tight = new ParseLimits { MaxScalarLength = 3 };
        var source = SourceText.From("id: WI-0001\n");
        var block = new TextSpan(0, source.Length);
        var simple = YamlTreeBuilder.TryBuildSimple(source, block, tight)!;

        simple.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ParseProblemKind.LimitExceeded);
        Describe(simple).ShouldBe(Describe(YamlTreeBuilder.BuildGeneral(source, block, tight)));
    }

    [Fact]
    public void A_duplicate_key_in_a_large_mapping_names_the_line_of_the_first()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"key{i}: {i}\n");
        }

        yaml.Append("key3: again\nkey39: again\n");
        var tree = CompareReaders(yaml.ToString())!;

        tree.Problems.Select(p => (p.Kind, Line: (int)p.Arguments[1])).ShouldBe([(ParseProblemKind.DuplicateKey, 4), (ParseProblemKind.DuplicateKey, 40)]);
    }

    /// <summary>The simple reader's tree (null when it declines), after asserting it equals the general reader's.</summary>
    private static YamlTree? CompareReaders(string text)
    {
        var source = SourceText.From(text);
        var block = text.StartsWith("---", StringComparison.Ordinal)
            ? FrontmatterSplitter.Split(source, out _)?.Yaml
            : new TextSpan(0, source.Length);
        if (block is not { } yaml)
        {
            return null;
        }

        var simple = YamlTreeBuilder.TryBuildSimple(source, yaml, ParseLimits.Default);
        if (simple is not null)
        {
            Describe(simple).ShouldBe(Describe(YamlTreeBuilder.BuildGeneral(source, yaml, ParseLimits.Default)), "the readers differ on:\n" + text);
        }

        return simple;
    }

    private static IEnumerable<string> RepositoryFrontmatters()
    {
        foreach (var folder in new[] { "examples", "tests", "rules", "docs" })
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.InRepository(folder), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                {
                    continue;
                }

                var text = File.ReadAllText(file);
                if (text.StartsWith("---", StringComparison.Ordinal) && FrontmatterSplitter.Split(SourceText.From(text), out _) is not null)
                {
                    yield return text;
                }
            }
        }
    }

    /// <summary>A few random edits that YAML cares about: indicators, quotes, indentation, lines moved.</summary>
    private static string Mutate(string text, Random random)
    {
        const string characters = " \n:-#\"'[]{},&*!|>?%@`\\ab1/.\r\t~";
        string[] pieces = [": ", "- ", "  ", "\n", "\n  ", "\n- ", " #", "\\\"", "''", ", ", "key: value\n", "  - x\n", "---", "...", "\r\n", "? ", ": |\n  x\n", "&a ", "*a", "!!str ", "k:\n", "-\n", "a: b: c"];
        var edits = random.Next(1, 6);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(4, text.Length + 1);
            switch (random.Next(6))
            {
                case 0:
                    text = text.Insert(at, characters[random.Next(characters.Length)].ToString());
                    break;
                case 1:
                    text = at < text.Length ? text.Remove(at, Math.Min(random.Next(1, 4), text.Length - at)) : text;
                    break;
                case 2:
                    text = text.Insert(at, pieces[random.Next(pieces.Length)]);
                    break;
                default:
                    var lines = text.Split('\n').ToList();
                    var line = random.Next(1, lines.Count);
                    if (random.Next(2) == 0)
                    {
                        lines[line] = new string(' ', random.Next(0, 5)) + lines[line].TrimStart(' ');
                    }
                    else
                    {
                        lines.Insert(random.Next(1, lines.Count), lines[line]);
                    }

                    text = string.Join('\n', lines);
                    break;
            }
        }

        return text;
    }

    /// <summary>Everything a tree says, one node per line, for comparing two trees.</summary>
    private static string Describe(YamlTree tree)
    {
        var text = new StringBuilder();
        foreach (var problem in tree.Problems)
        {
            text.Append("problem ").Append(problem.Kind).Append(' ').Append(problem.Span).Append(' ').Append(problem.IsFatal).Append(' ')
                .AppendJoin('|', problem.Arguments).Append('\n');
        }

        Describe(tree.Root, 0, text);
        return text.ToString();
    }

    private static void Describe(YamlNode? node, int depth, StringBuilder text)
    {
        text.Append(' ', depth * 2);
        switch (node)
        {
            case null:
                text.Append("none\n");
                break;
            case YamlScalar scalar:
                text.Append(CultureInfo.InvariantCulture, $"scalar {scalar.Span} {scalar.ContentSpan} {scalar.Style} {scalar.Tag} '{scalar.Value}'\n");
                break;
            case YamlSequence sequence:
                text.Append(CultureInfo.InvariantCulture, $"list {sequence.Span} flow={sequence.IsFlow} {sequence.Tag}\n");
                foreach (var item in sequence.Items)
                {
                    Describe(item, depth + 1, text);
                }

                break;
            case YamlMapping mapping:
                text.Append(CultureInfo.InvariantCulture, $"mapping {mapping.Span} flow={mapping.IsFlow} {mapping.Tag}\n");
                foreach (var entry in mapping.Entries)
                {
                    Describe(entry.Key, depth + 1, text);
                    Describe(entry.Value, depth + 2, text);
                }

                break;
        }
    }
}
