using System.Collections.Generic;
using System.IO;
using System.Linq;
using static Tamer.Spec.Cli.Metrics.Html.HtmlText;

namespace Tamer.Spec.Cli.Metrics.Html;

/// <summary>A small table per worker: the weeks in which the ledger has something of theirs, and the totals.</summary>
internal static class WorkerTables
{
    public static void Write(TextWriter html, IReadOnlyList<WorkerFigures> workers)
    {
        html.Write("<h2>Workers</h2>\n");
        if (workers.Count == 0)
        {
            html.Write("<p>The ledger records nothing by any worker in these weeks.</p>\n");
            return;
        }

        html.Write("<p>From the orchestrator host's ledger: assignments taken, submissions accepted, submissions refused for leaving the scope, completions and scope requests.</p>\n");
        foreach (var worker in workers)
        {
            html.Write("<table class=\"worker\" data-worker=\"" + Escape(worker.Worker) + "\">\n<caption>" + Escape(worker.Worker) + "</caption>\n");
            html.Write("<thead><tr><th scope=\"col\">week</th><th scope=\"col\">assignments</th><th scope=\"col\">submissions</th><th scope=\"col\">drift refusals</th><th scope=\"col\">completions</th><th scope=\"col\">scope requests</th></tr></thead>\n<tbody>\n");
            foreach (var week in worker.Weeks.Where(w => w.Assignments + w.Submissions + w.DriftRefusals + w.Completions + w.ScopeRequests > 0))
            {
                Row(html, week);
            }

            html.Write("</tbody>\n<tfoot>\n");
            Row(html, worker.Total);
            html.Write("</tfoot>\n</table>\n");
        }
    }

    private static void Row(TextWriter html, WorkerWeek week) =>
        html.Write("<tr><th scope=\"row\">" + Escape(week.Week) + "</th><td>" + week.Assignments + "</td><td>" + week.Submissions + "</td><td>" + week.DriftRefusals
            + "</td><td>" + week.Completions + "</td><td>" + week.ScopeRequests + "</td></tr>\n");
}
