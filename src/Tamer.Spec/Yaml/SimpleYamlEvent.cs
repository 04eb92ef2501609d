namespace Tamer.Spec.Yaml;

/// <summary>What one <see cref="SimpleYamlEvent"/> is.</summary>
internal enum SimpleYamlEventKind
{
    Scalar,
    SequenceStart,
    SequenceEnd,
    MappingStart,
    MappingEnd,
}

/// <summary>
/// One event of <see cref="SimpleYamlReader"/>, in the general reader's terms: positions are offsets in
/// the file's text (a start event's is where the collection starts, an end event's is where a flow
/// collection's closing bracket is).
/// </summary>
internal readonly struct SimpleYamlEvent
{
    public SimpleYamlEvent(SimpleYamlEventKind kind, int start, int end, bool isFlow, string? value, YamlScalarStyle style)
    {
        Kind = kind;
        Start = start;
        End = end;
        IsFlow = isFlow;
        Value = value;
        Style = style;
    }

    public SimpleYamlEventKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    public bool IsFlow { get; }

    /// <summary>A scalar's value (escapes resolved); null for the other kinds.</summary>
    public string? Value { get; }

    public YamlScalarStyle Style { get; }
}
