using System.Globalization;

namespace Tamer.Spec.Host.Tests;

/// <summary>One sample of an exposition: its metric name, its labels and its value.</summary>
internal sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    public string Label(string name) => Labels[name];
}

/// <summary>
/// A strict reader of the Prometheus text exposition format (0.0.4), line by line against its
/// grammar: <c># HELP name text</c> and <c># TYPE name type</c> at most once per name, the TYPE
/// before the family's samples; a sample is <c>name{label="value",…} value [timestamp]</c> with
/// names as the format allows, label values with only <c>\\</c>, <c>\"</c> and <c>\n</c> escaped,
/// a float value; a family's samples together; no series twice; every line ended by '\n'.
/// Anything else throws <see cref="FormatException"/> naming the line.
/// </summary>
internal static class PrometheusTextParser
{
    private static readonly string[] Types = ["counter", "gauge", "histogram", "summary", "untyped"];

    public static (IReadOnlyDictionary<string, string> Types, IReadOnlyList<PrometheusSample> Samples) Parse(string text)
    {
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("the last line has no line end");
        }

        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var helps = new HashSet<string>(StringComparer.Ordinal);
        var samples = new List<PrometheusSample>();
        var series = new HashSet<string>(StringComparer.Ordinal);
        var finished = new HashSet<string>(StringComparer.Ordinal);
        string? current = null;
        var lines = text.Split('\n');
        for (var number = 1; number < lines.Length; number++)
        {
            var line = lines[number - 1];
            try
            {
                if (line.Length == 0)
                {
                    continue;
                }

                if (line.StartsWith('#'))
                {
                    var parts = line.Split(' ', 4);
                    if (parts.Length >= 3 && parts[0] == "#" && parts[1] is "HELP" or "TYPE")
                    {
                        var name = parts[2];
                        MetricName(name);
                        if (parts[1] == "HELP")
                        {
                            if (!helps.Add(name))
                            {
                                throw new FormatException("a second HELP for " + name);
                            }

                            HelpText(parts.Length == 4 ? parts[3] : string.Empty);
                        }
                        else
                        {
                            if (parts.Length != 4 || !Types.Contains(parts[3]))
                            {
                                throw new FormatException("TYPE needs one of " + string.Join(", ", Types));
                            }

                            if (samples.Any(s => s.Name == name) || !types.TryAdd(name, parts[3]))
                            {
                                throw new FormatException("the TYPE of " + name + " comes after its samples or twice");
                            }
                        }
                    }

                    continue;
                }

                var sample = Sample(line);
                if (sample.Name != current)
                {
                    if (current is not null)
                    {
                        finished.Add(current);
                    }

                    if (finished.Contains(sample.Name))
                    {
                        throw new FormatException("the samples of " + sample.Name + " are not together");
                    }

                    current = sample.Name;
                }

                if (!series.Add(sample.Name + "{" + string.Join(",", sample.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value)) + "}"))
                {
                    throw new FormatException("a second sample of the same series");
                }

                samples.Add(sample);
            }
            catch (FormatException exception)
            {
                throw new FormatException("line " + number + ": " + exception.Message + ": " + line, exception);
            }
        }

        return (types, samples);
    }

    private static PrometheusSample Sample(string line)
    {
        var position = 0;
        var name = Name(line, ref position, metric: true);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (position < line.Length && line[position] == '{')
        {
            position++;
            while (position < line.Length && line[position] != '}')
            {
                var label = Name(line, ref position, metric: false);
                Expect(line, ref position, '=');
                Expect(line, ref position, '"');
                var value = new System.Text.StringBuilder();
                while (true)
                {
                    if (position >= line.Length)
                    {
                        throw new FormatException("a label value without its closing quote");
                    }

                    var c = line[position++];
                    if (c == '"')
                    {
                        break;
                    }

                    if (c == '\\')
                    {
                        if (position >= line.Length)
                        {
                            throw new FormatException("a backslash at the end");
                        }

                        value.Append(line[position++] switch
                        {
                            '\\' => '\\',
                            '"' => '"',
                            'n' => '\n',
                            var other => throw new FormatException("'\\" + other + "' is not an escape"),
                        });
                    }
                    else
                    {
                        value.Append(c);
                    }
                }

                if (!labels.TryAdd(label, value.ToString()))
                {
                    throw new FormatException("the label " + label + " twice");
                }

                if (position < line.Length && line[position] == ',')
                {
                    position++;
                }
                else if (position < line.Length && line[position] != '}')
                {
                    throw new FormatException("a label is followed by neither ',' nor '}'");
                }
            }

            Expect(line, ref position, '}');
        }

        Expect(line, ref position, ' ');
        var rest = line[position..].Split(' ');
        if (rest.Length is < 1 or > 2)
        {
            throw new FormatException("a sample has a value and at most a timestamp");
        }

        var number = rest[0] switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            var v when double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            var v => throw new FormatException("'" + v + "' is not a value"),
        };
        if (rest.Length == 2 && !long.TryParse(rest[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            throw new FormatException("'" + rest[1] + "' is not a timestamp");
        }

        return new PrometheusSample(name, labels, number);
    }

    private static void MetricName(string name)
    {
        var position = 0;
        Name(name, ref position, metric: true);
        if (position != name.Length)
        {
            throw new FormatException("'" + name + "' is not a metric name");
        }
    }

    // HELP text: any UTF-8, with backslash and line feed escaped.
    private static void HelpText(string help)
    {
        for (var i = 0; i < help.Length; i++)
        {
            if (help[i] == '\\' && (i + 1 >= help.Length || help[i + 1] is not ('\\' or 'n')))
            {
                throw new FormatException("'\\' in HELP escapes only '\\' and 'n'");
            }

            if (help[i] == '\\')
            {
                i++;
            }
        }
    }

    private static string Name(string line, ref int position, bool metric)
    {
        var start = position;
        while (position < line.Length && (char.IsAsciiLetter(line[position]) || line[position] == '_' || (metric && line[position] == ':') || (position > start && char.IsAsciiDigit(line[position]))))
        {
            position++;
        }

        if (position == start)
        {
            throw new FormatException("a " + (metric ? "metric" : "label") + " name is missing at column " + (start + 1));
        }

        return line[start..position];
    }

    private static void Expect(string line, ref int position, char expected)
    {
        if (position >= line.Length || line[position] != expected)
        {
            throw new FormatException("'" + expected + "' expected at column " + (position + 1));
        }

        position++;
    }
}
