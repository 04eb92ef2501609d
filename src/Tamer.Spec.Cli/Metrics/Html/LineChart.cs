using System.Collections.Generic;
using System.IO;
using System.Linq;
using static Tamer.Spec.Cli.Metrics.Html.HtmlText;

namespace Tamer.Spec.Cli.Metrics.Html;

/// <summary>
/// The line chart of the falsifiable share and the refusal rate, week by week, in inline SVG,
/// followed by the same numbers as a table.
/// </summary>
internal static class LineChart
{
    public static void Write(TextWriter html, IReadOnlyList<WeekFigures> weeks)
    {
        var geometry = new ChartGeometry(weeks.Count);
        html.Write("<figure id=\"trend\">\n<figcaption id=\"trend-title\">Falsifiable share and refusal rate by week</figcaption>\n");
        html.Write("<svg class=\"chart\" viewBox=\"0 0 " + Number(ChartGeometry.Width) + " " + Number(ChartGeometry.Height) + "\" role=\"img\" aria-labelledby=\"trend-title\" aria-describedby=\"trend-table\">\n");
        ChartAxes.WritePercentGrid(html);
        ChartAxes.WriteWeekLabels(html, weeks, geometry);
        Series(html, "falsifiable", weeks.Select(w => w.FalsifiableShare).ToList(), geometry);
        Series(html, "refused", weeks.Select(w => w.RefusalRate).ToList(), geometry);
        html.Write("</svg>\n");
        html.Write("<ul class=\"legend\"><li><span class=\"key falsifiable\"></span>falsifiable share</li><li><span class=\"key refused\"></span>refusal rate</li></ul>\n");
        html.Write("<table id=\"trend-table\">\n<caption>Falsifiable share and refusal rate by week</caption>\n");
        html.Write("<thead><tr><th scope=\"col\">week</th><th scope=\"col\">Work Items</th><th scope=\"col\">added</th><th scope=\"col\">changed</th><th scope=\"col\">done</th><th scope=\"col\">falsifiable</th><th scope=\"col\">falsifiable share</th><th scope=\"col\">refused</th><th scope=\"col\">refusal rate</th></tr></thead>\n<tbody>\n");
        foreach (var week in weeks)
        {
            html.Write("<tr><th scope=\"row\">" + Escape(week.Week) + "</th><td>" + week.WorkItems + "</td><td>" + week.Added + "</td><td>" + week.Changed + "</td><td>" + week.Done
                + "</td><td>" + week.Falsifiable + "</td><td>" + Percent(week.FalsifiableShare) + "</td><td>" + week.Refused + "</td><td>" + Percent(week.RefusalRate) + "</td></tr>\n");
        }

        html.Write("</tbody>\n</table>\n</figure>\n");
    }

    private static void Series(TextWriter html, string name, IReadOnlyList<double> shares, ChartGeometry geometry)
    {
        var points = string.Join(" ", shares.Select((s, i) => Number(geometry.X(i)) + "," + Number(ChartGeometry.Y(s, 1))));
        html.Write("<polyline class=\"line " + name + "\" points=\"" + points + "\"/>\n");
        for (var i = 0; i < shares.Count; i++)
        {
            html.Write("<circle class=\"point " + name + "\" cx=\"" + Number(geometry.X(i)) + "\" cy=\"" + Number(ChartGeometry.Y(shares[i], 1)) + "\" r=\"3\"><title>" + Percent(shares[i]) + "</title></circle>\n");
        }
    }
}
