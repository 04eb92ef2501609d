using System;
using System.Collections.Generic;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>The figures of one week: what changed since the week before, and the state the week ended in.</summary>
internal sealed record WeekFigures(
    string Week,
    DateTimeOffset Start,
    string? Commit,
    int WorkItems,
    int Added,
    int Changed,
    int Done,
    int Falsifiable,
    int Refused,
    IReadOnlyList<AxisCount> RefusedByAxis,
    IReadOnlyList<DiagnosticCount> TopDiagnostics,
    string? ConfigurationProblem)
{
    /// <summary>The share of Work Items whose every criterion is falsifiable (0 without Work Items), to four decimals.</summary>
    public double FalsifiableShare => Share(Falsifiable, WorkItems);

    /// <summary>The share of Work Items the gate refuses (0 without Work Items), to four decimals.</summary>
    public double RefusalRate => Share(Refused, WorkItems);

    public static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4, MidpointRounding.AwayFromZero);
}

/// <summary>How many refused Work Items an axis refuses (a Work Item refused by two axes counts for each).</summary>
internal sealed record AxisCount(string Axis, int Refused);

/// <summary>How often a diagnostic ID was reported (warnings and errors) in a snapshot.</summary>
internal sealed record DiagnosticCount(string Id, int Count);
