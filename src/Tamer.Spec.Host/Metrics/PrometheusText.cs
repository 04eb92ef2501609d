using System.Globalization;
using System.Linq;
using System.Text;

namespace Tamer.Spec.Host.Metrics;

/// <summary>
/// Writes metric families in the Prometheus text exposition format (version 0.0.4): for each
/// family a <c># HELP</c> and a <c># TYPE</c> line, then one sample a line, label values escaped
/// (backslash, double quote, line feed), lines ended by '\n'.
/// </summary>
internal sealed class PrometheusText
{
    /// <summary>The media type of the format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder _text = new();

    /// <summary>Starts a family: its name (<c>[a-zA-Z_:][a-zA-Z0-9_:]*</c>), its help and its type (<c>counter</c>, <c>gauge</c>).</summary>
    public void Family(string name, string type, string help)
    {
        _text.Append("# HELP ").Append(name).Append(' ').Append(help.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\n", "\\n", System.StringComparison.Ordinal)).Append('\n');
        _text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
    }

    /// <summary>One sample of the current family, with its labels in the order given.</summary>
    public void Sample(string name, long value, params (string Name, string Value)[] labels)
    {
        _text.Append(name);
        if (labels.Length > 0)
        {
            _text.Append('{').AppendJoin(',', labels.Select(l => l.Name + "=\"" + Escape(l.Value) + "\"")).Append('}');
        }

        _text.Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
    }

    public override string ToString() => _text.ToString();

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\"", "\\\"", System.StringComparison.Ordinal).Replace("\n", "\\n", System.StringComparison.Ordinal);
}
