using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Model;

/// <summary>A key whose value should be a boolean.</summary>
public sealed class BooleanValue
{
    /// <summary>Creates a value.</summary>
    public BooleanValue(TextSpan keySpan, YamlNode node, bool? value)
    {
        KeySpan = keySpan;
        Node = node;
        Value = value;
    }

    /// <summary>The key's span.</summary>
    public TextSpan KeySpan { get; }

    /// <summary>The value node.</summary>
    public YamlNode Node { get; }

    /// <summary>The boolean, or null when the value is not a boolean (reported as TMR0007).</summary>
    public bool? Value { get; }
}
