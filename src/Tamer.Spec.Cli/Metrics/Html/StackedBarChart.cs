using System.Collections.Generic;
using System.IO;
using System.Linq;
using static Tamer.Spec.Cli.Metrics.Html.HtmlText;

namespace Tamer.Spec.Cli.Metrics.Html;

/// <summary>
/// Stacked bars of the refused Work Items by axis, one bar per week (a Work Item refused by two
/// axes counts in both), followed by the same numbers as a table.
/// </summary>
internal static class StackedBarChart
{
    /// <summary>How many axis colours the style sheet defines; more axes reuse them in turn.</summary>
    public const int Colours = 8;

    public static void Write(TextWriter html, IReadOnlyList<WeekFigures> weeks, IReadOnlyList<string> axes)
    {
        var geometry = new ChartGeometry(weeks.Count);
        var max = System.Math.Max(1, weeks.Select(w => w.RefusedByAxis.Sum(a => a.Refused)).DefaultIfEmpty(0).Max());
        html.Write("<figure id=\"axes\">\n<figcaption id=\"axes-title\">Refused Work Items by axis and week</figcaption>\n");
        html.Write("<svg class=\"chart\" viewBox=\"0 0 " + Number(ChartGeometry.Width) + " " + Number(ChartGeometry.Height) + "\" role=\"img\" aria-labelledby=\"axes-title\" aria-describedby=\"axes-table\">\n");
        ChartAxes.WriteCountGrid(html, max);
        ChartAxes.WriteWeekLabels(html, weeks, geometry);
        var barWidth = geometry.Slot * 0.7;
        for (var i = 0; i < weeks.Count; i++)
        {
            var stacked = 0;
            foreach (var count in weeks[i].RefusedByAxis)
            {
                if (count.Refused == 0)
                {
                    continue;
                }

                var top = ChartGeometry.Y(stacked + count.Refused, max);
                var bottom = ChartGeometry.Y(stacked, max);
                html.Write("<rect class=\"bar a" + (IndexOf(axes, count.Axis) % Colours) + "\" data-axis=\"" + Escape(count.Axis) + "\" data-week=\"" + Escape(weeks[i].Week) + "\" x=\"" + Number(geometry.X(i) - (barWidth / 2))
                    + "\" y=\"" + Number(top) + "\" width=\"" + Number(barWidth) + "\" height=\"" + Number(bottom - top) + "\"><title>" + Escape(weeks[i].Week + ": " + count.Refused + " refused by " + count.Axis) + "</title></rect>\n");
                stacked += count.Refused;
            }
        }

        html.Write("</svg>\n<ul class=\"legend\">");
        for (var a = 0; a < axes.Count; a++)
        {
            html.Write("<li><span class=\"key a" + (a % Colours) + "\"></span>" + Escape(axes[a]) + "</li>");
        }

        html.Write("</ul>\n<table id=\"axes-table\">\n<caption>Refused Work Items by axis and week</caption>\n<thead><tr><th scope=\"col\">week</th>");
        foreach (var axis in axes)
        {
            html.Write("<th scope=\"col\">" + Escape(axis) + "</th>");
        }

        html.Write("<th scope=\"col\">top diagnostics</th></tr></thead>\n<tbody>\n");
        foreach (var week in weeks)
        {
            html.Write("<tr><th scope=\"row\">" + Escape(week.Week) + "</th>");
            foreach (var axis in axes)
            {
                html.Write("<td>" + (week.RefusedByAxis.FirstOrDefault(a => a.Axis == axis)?.Refused ?? 0) + "</td>");
            }

            var top = week.ConfigurationProblem is { } problem ? "configuration problem: " + problem : string.Join(", ", week.TopDiagnostics.Select(d => d.Id + " × " + d.Count));
            html.Write("<td>" + Escape(top) + "</td></tr>\n");
        }

        html.Write("</tbody>\n</table>\n</figure>\n");
    }

    private static int IndexOf(IReadOnlyList<string> axes, string axis)
    {
        for (var i = 0; i < axes.Count; i++)
        {
            if (axes[i] == axis)
            {
                return i;
            }
        }

        return axes.Count;
    }
}
