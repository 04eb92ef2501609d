using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Host.Contracts;

namespace Tamer.Spec.Host.Endpoints;

/// <summary>Every error answer is <c>application/problem+json</c>; a refusal adds its codes (<c>refusal</c>) and diagnostics.</summary>
internal static class Problems
{
    public static IResult For(GateOutcome outcome) => outcome.Kind switch
    {
        OutcomeKind.NotFound => Problem(StatusCodes.Status404NotFound, outcome.Title ?? "Not found", outcome.Detail!),
        OutcomeKind.Forbidden => Problem(StatusCodes.Status403Forbidden, outcome.Title ?? "Not your assignment", outcome.Detail!),
        OutcomeKind.Conflict => Problem(StatusCodes.Status409Conflict, outcome.Title ?? "Conflict", outcome.Detail!),
        OutcomeKind.Unavailable => Problem(StatusCodes.Status503ServiceUnavailable, outcome.Title ?? "Unavailable", outcome.Detail!),
        _ => Refused(outcome.Detail!, outcome.Diagnostics),
    };

    /// <summary>A refusal; <paramref name="extensions"/> adds members after <c>refusal</c> and <c>diagnostics</c>.</summary>
    public static IResult Refused(string detail, IReadOnlyList<Diagnostic> diagnostics, params (string Name, object Value)[] extensions)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "Refused",
            Detail = detail,
        };
        problem.Extensions["refusal"] = WorkItemReport.RefusalCodes(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        problem.Extensions["diagnostics"] = diagnostics.Select(DiagnosticItem.From).ToList();
        foreach (var (name, value) in extensions)
        {
            problem.Extensions[name] = value;
        }

        return TypedResults.Problem(problem);
    }

    public static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
