using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Host.Auth;
using Tamer.Spec.Host.Contracts;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Host.Endpoints;

/// <summary><c>/v1/work-items</c>: the list with the gate's decisions, one Work Item's diagnostics, and linting a posted Work Item.</summary>
internal static class WorkItemEndpoints
{
    /// <summary>The largest request body the host reads (1 MiB); Kestrel refuses a larger one with 413.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    private const string DefaultPostedPath = "posted.md";

    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/work-items", List)
            .WithName("ListWorkItems")
            .WithSummary("Every Work Item with its status, the gate's decision and the counts of its diagnostics.")
            .RequireRoles();
        v1.MapGet("/work-items/{id}", Get)
            .WithName("GetWorkItem")
            .WithSummary("One Work Item with its diagnostics, as tamer-lint reports them.")
            .RequireRoles()
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapPost("/work-items/lint", Lint)
            .WithName("LintWorkItem")
            .WithSummary("Lints a Work Item posted as Markdown against the current workspace; nothing is stored.")
            .RequireRoles()
            .Accepts<string>("text/markdown", "text/plain")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    internal static Ok<WorkItemSummary[]> List(Orchestrator orchestrator)
    {
        var view = orchestrator.Current();
        return TypedResults.Ok(view.LintAll()
            .Select(r => WorkItemSummary.From(r, r.Id is null ? null : view.Book.LatestFor(r.Id)))
            .ToArray());
    }

    private static IResult Get(string id, Orchestrator orchestrator)
    {
        var view = orchestrator.Current();
        return view.Find(id) is { } document
            ? TypedResults.Ok(WorkItemReport.From(view.Lint(document), view.Book.LatestFor(id)))
            : Problems.For(GateOutcome.Failed(OutcomeKind.NotFound, "no Work Item has the id '" + id + "'"));
    }

    // The body is the file's bytes; 'path' only names it in the diagnostics (it is never opened).
    private static async Task<IResult> Lint(HttpRequest request, Orchestrator orchestrator, string? path, CancellationToken cancellation)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        if (BadPath(path) is { } badPath)
        {
            return badPath;
        }

        byte[] content;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellation).ConfigureAwait(false);
            content = buffer.ToArray();
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        return LintPosted(content, path, orchestrator);
    }

    /// <summary>The answer to a posted Work Item's bytes, named <paramref name="path"/> in the diagnostics (its HTTP twin checks the path first).</summary>
    internal static IResult LintPosted(byte[] content, string? path, Orchestrator orchestrator)
    {
        if (content.Length > MaxBodyBytes)
        {
            return TooLarge();
        }

        // Read in the format the formats: globs give the path it is named with, or the one its path says.
        var view = orchestrator.Current();
        var posted = WorkItemParser.Parse(path ?? DefaultPostedPath, content, ParseLimits.Default, view.Files.Configuration.FindFormat(path));
        var result = view.LintPosted(posted);
        return TypedResults.Ok(new LintReport(
            result.Path,
            result.Id,
            result.IsRefused,
            WorkItemReport.RefusalCodes(result.Gate.Refusals),
            result.Diagnostics.Select(DiagnosticItem.From).ToList()));
    }

    /// <summary>The 400 answer to a 'path' that cannot name a posted file, or null when it can.</summary>
    internal static IResult? BadPath(string? path) =>
        path is not null && (path.Length is 0 or > 512 || path.Any(char.IsControl))
            ? Problems.Problem(StatusCodes.Status400BadRequest, "Bad path", "'path' names the posted file in diagnostics: 1 to 512 characters, no control characters")
            : null;

    internal static IResult TooLarge() =>
        Problems.Problem(StatusCodes.Status413PayloadTooLarge, "Too large", "the body is over " + MaxBodyBytes + " bytes");
}
