using System.Collections.Generic;
using System.IO;
using static Tamer.Spec.Cli.Metrics.Html.HtmlText;

namespace Tamer.Spec.Cli.Metrics.Html;

/// <summary>The grid lines, the value labels and the week labels of a chart.</summary>
internal static class ChartAxes
{
    public static void WritePercentGrid(TextWriter html)
    {
        for (var step = 0; step <= 4; step++)
        {
            var share = step / 4.0;
            Grid(html, ChartGeometry.Y(share, 1), Percent(share).Replace(".0%", "%", System.StringComparison.Ordinal));
        }
    }

    public static void WriteCountGrid(TextWriter html, int max)
    {
        var step = System.Math.Max(1, (int)System.Math.Ceiling(max / 4.0));
        for (var value = 0; value <= max; value += step)
        {
            Grid(html, ChartGeometry.Y(value, max), value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public static void WriteWeekLabels(TextWriter html, IReadOnlyList<WeekFigures> weeks, ChartGeometry geometry)
    {
        var every = geometry.LabelEvery;
        for (var i = 0; i < weeks.Count; i += every)
        {
            html.Write("<text class=\"label\" x=\"" + Number(geometry.X(i)) + "\" y=\"" + Number(ChartGeometry.Height - ChartGeometry.Bottom + 18) + "\" text-anchor=\"middle\">" + Escape(weeks[i].Week) + "</text>\n");
        }
    }

    private static void Grid(TextWriter html, double y, string label)
    {
        html.Write("<line class=\"grid\" x1=\"" + Number(ChartGeometry.Left) + "\" x2=\"" + Number(ChartGeometry.Width - ChartGeometry.Right) + "\" y1=\"" + Number(y) + "\" y2=\"" + Number(y) + "\"/>\n");
        html.Write("<text class=\"label\" x=\"" + Number(ChartGeometry.Left - 6) + "\" y=\"" + Number(y + 4) + "\" text-anchor=\"end\">" + Escape(label) + "</text>\n");
    }
}
