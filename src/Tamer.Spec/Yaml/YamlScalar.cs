using System;
using System.Globalization;
using Tamer.Spec.Text;

namespace Tamer.Spec.Yaml;

/// <summary>A YAML scalar. Typed readings follow the YAML 1.2 core schema.</summary>
public sealed class YamlScalar : YamlNode
{
    internal YamlScalar(TextSpan span, TextSpan contentSpan, string value, YamlScalarStyle style, string? tag)
        : base(span, tag)
    {
        ContentSpan = contentSpan;
        Value = value;
        Style = style;
    }

    /// <summary>The span of the value inside quotes (the same as <see cref="YamlNode.Span"/> for plain scalars).</summary>
    public TextSpan ContentSpan { get; }

    /// <summary>The value, escapes resolved and lines folded.</summary>
    public string Value { get; }

    /// <summary>How the scalar is written.</summary>
    public YamlScalarStyle Style { get; }

    /// <summary>True for a plain, untagged scalar (the only kind that can mean null, a boolean or a number).</summary>
    public bool IsPlainUntagged => Style == YamlScalarStyle.Plain && Tag is null;

    /// <inheritdoc />
    public override string KindDescription => IsNull ? "null" : IsPlainUntagged && (TryGetBoolean(out _) || TryGetInteger(out _)) ? $"'{Value}'" : "a string";

    /// <summary>True for an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull =>
        (IsPlainUntagged && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL"))
        || string.Equals(Tag, "tag:yaml.org,2002:null", StringComparison.Ordinal);

    /// <summary>Reads a core-schema boolean (<c>true</c>/<c>false</c> in any of their three cases).</summary>
    public bool TryGetBoolean(out bool value)
    {
        value = false;
        if (!IsPlainUntagged && !string.Equals(Tag, "tag:yaml.org,2002:bool", StringComparison.Ordinal))
        {
            return false;
        }

        switch (Value)
        {
            case "true":
            case "True":
            case "TRUE":
                value = true;
                return true;
            case "false":
            case "False":
            case "FALSE":
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reads a core-schema decimal integer.</summary>
    public bool TryGetInteger(out long value)
    {
        value = 0;
        if (!IsPlainUntagged && !string.Equals(Tag, "tag:yaml.org,2002:int", StringComparison.Ordinal))
        {
            return false;
        }

        return long.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The value with the origin of each character, for pointing inside the scalar.</summary>
    public SourcedText GetSourcedText(SourceText source) =>
        SourcedText.Aligned(source, Value, Span, ContentSpan, Style == YamlScalarStyle.DoubleQuoted, Style == YamlScalarStyle.SingleQuoted);
}
