namespace Tamer.Spec.Yaml;

/// <summary>One <c>key: value</c> pair of a mapping.</summary>
public sealed class YamlMappingEntry
{
    internal YamlMappingEntry(YamlNode key, YamlNode value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>The key node (a scalar for every key the format knows).</summary>
    public YamlNode Key { get; }

    /// <summary>The value node (an empty plain scalar when nothing follows the colon).</summary>
    public YamlNode Value { get; }

    /// <summary>The key's text when it is a scalar, otherwise null.</summary>
    public string? KeyText => (Key as YamlScalar)?.Value;
}
