namespace Tamer.Spec.Cli.Metrics.Html;

/// <summary>
/// The report's one style sheet, inline: colours as variables, a light theme and a dark one
/// picked by the reader's system setting, nothing loaded from elsewhere.
/// </summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --grid: #d1d9e0; --rule: #d1d9e0;
          --falsifiable: #1a7f37; --refused: #cf222e;
          --a0: #0969da; --a1: #bf8700; --a2: #cf222e; --a3: #8250df; --a4: #1a7f37; --a5: #bc4c00; --a6: #57606a; --a7: #d4358f; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --grid: #30363d; --rule: #3d444d;
            --falsifiable: #3fb950; --refused: #ff7b72;
            --a0: #4493f8; --a1: #d29922; --a2: #ff7b72; --a3: #ab7df8; --a4: #3fb950; --a5: #f0883e; --a6: #9198a1; --a7: #f778ba; }
        }
        body { font-family: system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.4; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2.5rem; }
        p.meta { color: var(--muted); }
        figure { margin: 1.5rem 0; }
        figcaption { font-weight: 600; margin-bottom: 0.5rem; }
        svg.chart { width: 100%; height: auto; }
        .grid { stroke: var(--grid); stroke-width: 1; }
        .label { fill: var(--muted); font-size: 11px; }
        .line { fill: none; stroke-width: 2.5; }
        .line.falsifiable, .point.falsifiable { stroke: var(--falsifiable); } .point.falsifiable { fill: var(--falsifiable); }
        .line.refused, .point.refused { stroke: var(--refused); } .point.refused { fill: var(--refused); }
        .line.refused { stroke-dasharray: 6 4; }
        .a0 { fill: var(--a0); background: var(--a0); } .a1 { fill: var(--a1); background: var(--a1); } .a2 { fill: var(--a2); background: var(--a2); } .a3 { fill: var(--a3); background: var(--a3); }
        .a4 { fill: var(--a4); background: var(--a4); } .a5 { fill: var(--a5); background: var(--a5); } .a6 { fill: var(--a6); background: var(--a6); } .a7 { fill: var(--a7); background: var(--a7); }
        ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; font-size: 0.9rem; }
        .key { display: inline-block; width: 0.9rem; height: 0.9rem; margin-right: 0.35rem; vertical-align: -0.1rem; border-radius: 2px; }
        .key.falsifiable { background: var(--falsifiable); } .key.refused { background: var(--refused); }
        table { border-collapse: collapse; font-size: 0.85rem; margin-top: 0.75rem; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: 0.2rem 0.6rem; text-align: right; }
        th[scope=row], td:last-child { text-align: left; }
        th[scope=row] { white-space: nowrap; }
        """;
}
