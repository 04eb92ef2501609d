using System;
using System.Collections.Generic;
using System.Globalization;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Tamer.Spec.Yaml;

/// <summary>
/// Builds a <see cref="YamlTree"/> from the simple reader's events or from YamlDotNet's event
/// stream, without recursion, enforcing the <see cref="ParseLimits"/> as it goes. Positions are mapped from the YAML block back to the
/// file. Aliases resolve to the anchored node itself (never copied), and their total expansion
/// is counted so that an alias bomb stops early. Any exception from the YAML library becomes a
/// syntax problem at the best position known.
/// </summary>
public static class YamlTreeBuilder
{
    /// <summary>
    /// Reads the YAML in <paramref name="block"/> of <paramref name="source"/>: the common shape of
    /// frontmatter without the general YAML library (<see cref="SimpleYamlReader"/>), anything else
    /// with it. Both readers give the same tree for the blocks the simple one accepts.
    /// </summary>
    public static YamlTree Build(SourceText source, TextSpan block, ParseLimits limits) =>
        TryBuildSimple(source, block, limits) ?? BuildGeneral(source, block, limits);

    /// <summary>The tree from the simple reader, or null when the block is not in its shape.</summary>
    internal static YamlTree? TryBuildSimple(SourceText source, TextSpan block, ParseLimits limits)
    {
        var events = _simpleEvents ??= new List<SimpleYamlEvent>();
        try
        {
            if (!SimpleYamlReader.TryRead(source.Text, block, limits.MaxNestingDepth, events))
            {
                return null;
            }

            var run = new Run(source, block, limits);
            run.Replay(events);
            return new YamlTree(run.Root, run.Problems);
        }
        finally
        {
            // The values are the tree's now; the list is kept for the thread's next block.
            events.Clear();
        }
    }

    /// <summary>The tree from the general YAML library.</summary>
    internal static YamlTree BuildGeneral(SourceText source, TextSpan block, ParseLimits limits)
    {
        var run = new Run(source, block, limits);
        run.Execute();
        return new YamlTree(run.Root, run.Problems);
    }

    // One list per thread, reused: a workspace is read on a few threads, block after block.
    [ThreadStatic]
    private static List<SimpleYamlEvent>? _simpleEvents;

    private sealed class Run
    {
        private readonly SourceText _source;
        private readonly TextSpan _block;
        private readonly ParseLimits _limits;
        private readonly Stack<Frame> _stack = new();
        private readonly Dictionary<string, (YamlNode Node, int Size)> _anchors = new(StringComparer.Ordinal);
        private int _aliasCount;
        private int _aliasExpansion;
        private int _lastGoodOffset;

        public Run(SourceText source, TextSpan block, ParseLimits limits)
        {
            _source = source;
            _block = block;
            _limits = limits;
            _lastGoodOffset = block.Start;
        }

        public YamlNode? Root { get; private set; }

        public List<ParseProblem> Problems { get; } = new();

        public void Execute()
        {
            try
            {
                var parser = new Parser(new StringSliceReader(_source.Text, _block.Start, _block.Length));
                while (parser.MoveNext())
                {
                    if (parser.Current is { } current && !Accept(current))
                    {
                        return;
                    }
                }
            }
            catch (YamlException exception)
            {
                var start = Map(exception.Start);
                var end = Math.Max(start, Map(exception.End));
                Fatal(ParseProblemKind.YamlSyntax, TextSpan.FromBounds(start, end), Describe(exception));
            }
#pragma warning disable CA1031 // The YAML library throws more than YamlException on malformed input; none may escape.
            catch (Exception)
#pragma warning restore CA1031
            {
                // Seen with a flow list left open before the next key: point at its opening bracket.
                var openFlow = OpenFlowCollection();
                if (openFlow is not null)
                {
                    var at = openFlow.Start;
                    Fatal(ParseProblemKind.YamlSyntax, new TextSpan(at, 1), "the flow " + (openFlow.IsMapping ? "mapping '{'" : "list '['") + " opened here is not closed properly");
                }
                else
                {
                    Fatal(ParseProblemKind.YamlSyntax, new TextSpan(_lastGoodOffset, 0), "the YAML cannot be read past this point");
                }
            }
        }

        public void Replay(List<SimpleYamlEvent> events)
        {
            foreach (var item in events)
            {
                var accepted = item.Kind switch
                {
                    SimpleYamlEventKind.Scalar => AcceptScalar(item.Start, item.End, item.Value!, item.Style, anchor: null, tag: null),
                    SimpleYamlEventKind.SequenceStart => Open(new Frame(item.Start, item.End, isMapping: false, item.IsFlow, anchor: null, tag: null)),
                    SimpleYamlEventKind.MappingStart => Open(new Frame(item.Start, item.End, isMapping: true, item.IsFlow, anchor: null, tag: null)),
                    _ => Close(item.Start),
                };
                if (!accepted)
                {
                    return;
                }
            }
        }

        private Frame? OpenFlowCollection()
        {
            Frame? outermost = null;
            foreach (var frame in _stack)
            {
                if (frame.IsFlow)
                {
                    outermost = frame;
                }
            }

            return outermost;
        }

        private bool Accept(ParsingEvent parsingEvent)
        {
            switch (parsingEvent)
            {
                case Scalar scalar:
                    return AcceptScalar(Map(scalar.Start), Map(scalar.End), scalar.Value, ToStyle(scalar.Style), Anchor(scalar), Tag(scalar.Tag));
                case SequenceStart sequenceStart:
                    return Open(new Frame(Map(sequenceStart.Start), Map(sequenceStart.End), isMapping: false, sequenceStart.Style == SequenceStyle.Flow, Anchor(sequenceStart), Tag(sequenceStart.Tag)));
                case MappingStart mappingStart:
                    return Open(new Frame(Map(mappingStart.Start), Map(mappingStart.End), isMapping: true, mappingStart.Style == MappingStyle.Flow, Anchor(mappingStart), Tag(mappingStart.Tag)));
                case SequenceEnd or MappingEnd:
                    return Close(Map(parsingEvent.Start));
                case AnchorAlias alias:
                    return AcceptAlias(alias);
                default:
                    return true;
            }
        }

        private bool AcceptScalar(int start, int end, string value, YamlScalarStyle style, string? anchor, string? tag)
        {
            if (style is YamlScalarStyle.Literal or YamlScalarStyle.Folded)
            {
                while (end > start && char.IsWhiteSpace(_source.Text[end - 1]))
                {
                    end--;
                }
            }

            var span = TextSpan.FromBounds(start, end);
            if (value.Length > _limits.MaxScalarLength)
            {
                return Fatal(
                    ParseProblemKind.LimitExceeded,
                    span,
                    "string length",
                    string.Format(CultureInfo.InvariantCulture, "a string of {0:N0} characters (the limit is {1:N0})", value.Length, _limits.MaxScalarLength));
            }

            var quoted = style is YamlScalarStyle.SingleQuoted or YamlScalarStyle.DoubleQuoted && span.Length >= 2;
            var content = quoted ? new TextSpan(span.Start + 1, span.Length - 2) : span;
            if (style is YamlScalarStyle.Literal or YamlScalarStyle.Folded)
            {
                // The content starts on the line after the header ("|", ">-", and any comment there).
                var firstLine = start;
                while (firstLine < end && _source.Text[firstLine] != '\n' && _source.Text[firstLine] != '\r')
                {
                    firstLine++;
                }

                content = TextSpan.FromBounds(Math.Min(end, firstLine), end);
            }
            var node = new YamlScalar(span, content, SharedScalarValues.Share(value), style, tag);
            _lastGoodOffset = end;
            return Attach(node, 1, anchor);
        }

        private bool Open(Frame frame)
        {
            if (_stack.Count + 1 > _limits.MaxNestingDepth)
            {
                var at = frame.Start;
                return Fatal(
                    ParseProblemKind.LimitExceeded,
                    new TextSpan(at, Math.Min(1, _block.End - at)),
                    "nesting depth",
                    string.Format(CultureInfo.InvariantCulture, "lists and mappings nested more than {0} deep", _limits.MaxNestingDepth));
            }

            _stack.Push(frame);
            return true;
        }

        private bool Close(int endEventStart)
        {
            var frame = _stack.Pop();
            var start = frame.Start;
            int end;
            if (frame.IsFlow)
            {
                // The end event sits on the closing bracket; the span includes it.
                end = endEventStart;
                if (end < _block.End && (_source.Text[end] == ']' || _source.Text[end] == '}'))
                {
                    end++;
                }
            }
            else
            {
                end = frame.LastChildEnd ?? frame.StartEnd;
            }

            var span = TextSpan.FromBounds(start, Math.Max(start, end));
            // Arrays of the exact size: the tree stays alive as long as its Work Item.
            YamlNode node = frame.IsMapping
                ? new YamlMapping(span, frame.Tag, frame.IsFlow, frame.Entries.ToArray())
                : new YamlSequence(span, frame.Tag, frame.IsFlow, frame.Items.ToArray());
            _lastGoodOffset = span.End;
            return Attach(node, frame.Size + 1, frame.Anchor);
        }

        private bool AcceptAlias(AnchorAlias alias)
        {
            var span = TextSpan.FromBounds(Map(alias.Start), Map(alias.End));
            var name = alias.Value.Value;
            if (!_anchors.TryGetValue(name, out var target))
            {
                return Fatal(ParseProblemKind.YamlSyntax, span, "the alias '*" + name + "' names no anchor defined before it");
            }

            _aliasCount++;
            if (_aliasCount > _limits.MaxAliases)
            {
                return Fatal(
                    ParseProblemKind.LimitExceeded,
                    span,
                    "alias count",
                    string.Format(CultureInfo.InvariantCulture, "more than {0} aliases", _limits.MaxAliases));
            }

            _aliasExpansion += target.Size;
            if (_aliasExpansion > _limits.MaxAliasExpansion)
            {
                return Fatal(
                    ParseProblemKind.LimitExceeded,
                    span,
                    "alias count",
                    string.Format(CultureInfo.InvariantCulture, "aliases that expand to more than {0:N0} nodes", _limits.MaxAliasExpansion));
            }

            _lastGoodOffset = span.End;
            return Attach(target.Node, target.Size, anchor: null);
        }

        private bool Attach(YamlNode node, int size, string? anchor)
        {
            if (anchor is not null)
            {
                _anchors[anchor] = (node, size);
            }

            if (_stack.Count == 0)
            {
                Root ??= node;
                return true;
            }

            var parent = _stack.Peek();
            parent.Size += size;
            parent.LastChildEnd = node.Span.End;
            if (!parent.IsMapping)
            {
                parent.Items.Add(node);
                return true;
            }

            if (parent.PendingKey is null)
            {
                parent.PendingKey = node;
                return true;
            }

            var key = parent.PendingKey;
            parent.PendingKey = null;
            if (key is YamlScalar keyScalar)
            {
                if (parent.FindKey(keyScalar.Value) is { } first)
                {
                    Problems.Add(new ParseProblem(
                        ParseProblemKind.DuplicateKey,
                        key.Span,
                        isFatal: false,
                        keyScalar.Value,
                        _source.GetPosition(first.Span.Start).Line));
                    return true;
                }
            }

            parent.AddEntry(new YamlMappingEntry(key, node));
            return true;
        }

        private bool Fatal(ParseProblemKind kind, TextSpan span, params object[] arguments)
        {
            Problems.Add(new ParseProblem(kind, span, isFatal: true, arguments));
            Root = null;
            return false;
        }

        private int Map(Mark mark)
        {
            var offset = _block.Start + (int)Math.Min(mark.Index, _block.Length);
            return Math.Min(Math.Max(offset, _block.Start), _block.End);
        }

        private static string Describe(YamlException exception)
        {
            var message = exception.Message.Trim();
            if (message.EndsWith(".", StringComparison.Ordinal))
            {
                message = message.Substring(0, message.Length - 1);
            }

            return message.Length == 0 ? "invalid YAML" : char.ToLowerInvariant(message[0]) + message.Substring(1);
        }

        private static string? Anchor(NodeEvent nodeEvent) => nodeEvent.Anchor.IsEmpty ? null : nodeEvent.Anchor.Value;

        private static string? Tag(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : tag.Value;

        private static YamlScalarStyle ToStyle(ScalarStyle style) => style switch
        {
            ScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
            ScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
            ScalarStyle.Literal => YamlScalarStyle.Literal,
            ScalarStyle.Folded => YamlScalarStyle.Folded,
            _ => YamlScalarStyle.Plain,
        };
    }

    private sealed class Frame
    {
        private List<YamlNode>? _items;
        private List<YamlMappingEntry>? _entries;
        // Keys are looked up by scanning the entries until a mapping is large enough for an index.
        private const int ScannedKeys = 16;
        private Dictionary<string, YamlNode>? _keyIndex;

        public Frame(int start, int startEnd, bool isMapping, bool isFlow, string? anchor, string? tag)
        {
            Start = start;
            StartEnd = startEnd;
            IsMapping = isMapping;
            IsFlow = isFlow;
            Anchor = anchor;
            Tag = tag;
        }

        /// <summary>Where the collection starts in the file.</summary>
        public int Start { get; }

        /// <summary>Where the event that opened it ends (the span's end when it has no children).</summary>
        public int StartEnd { get; }

        public bool IsMapping { get; }

        public bool IsFlow { get; }

        public string? Anchor { get; }

        public string? Tag { get; }

        public int Size { get; set; }

        public int? LastChildEnd { get; set; }

        public YamlNode? PendingKey { get; set; }

        // Created on first use: a sequence needs no entries, a mapping no items.
        public List<YamlNode> Items => _items ??= new();

        public List<YamlMappingEntry> Entries => _entries ??= new();

        /// <summary>The key node of the entry whose scalar key is <paramref name="key"/>, or null.</summary>
        public YamlNode? FindKey(string key)
        {
            if (_entries is null)
            {
                return null;
            }

            if (_keyIndex is not null)
            {
                return _keyIndex.TryGetValue(key, out var indexed) ? indexed : null;
            }

            foreach (var entry in _entries)
            {
                if (entry.Key is YamlScalar scalar && string.Equals(scalar.Value, key, StringComparison.Ordinal))
                {
                    return scalar;
                }
            }

            return null;
        }

        public void AddEntry(YamlMappingEntry entry)
        {
            Entries.Add(entry);
            if (_keyIndex is null && _entries!.Count > ScannedKeys)
            {
                _keyIndex = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
                foreach (var earlier in _entries)
                {
                    if (earlier.Key is YamlScalar scalar)
                    {
                        _keyIndex.Add(scalar.Value, scalar);
                    }
                }
            }
            else if (_keyIndex is not null && entry.Key is YamlScalar added)
            {
                _keyIndex.Add(added.Value, added);
            }
        }
    }
}
