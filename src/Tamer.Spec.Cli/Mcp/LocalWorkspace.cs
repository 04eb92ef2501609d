using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using Tamer.Spec.Cli.Commands;
using Tamer.Spec.Cli.Files;
using Tamer.Spec.Engine;
using Tamer.Spec.Fixes;
using Tamer.Spec.Formats;
using Tamer.Spec.Mcp;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;

namespace Tamer.Spec.Cli.Mcp;

/// <summary>
/// The repository a stdio server serves, linted as <c>tamer-lint lint FILE</c> lints it: the same
/// plan (<see cref="LintRunner.Plan"/>: configuration, context, options), the same engine call and the
/// same JSON report, with the parsed files kept between calls. A <c>text</c> stands in for the file
/// at its path, or is a new file there; nothing is ever written.
/// </summary>
internal sealed class LocalWorkspace
{
    private readonly LintRunner _runner;
    private readonly ConcurrentDictionary<string, Prepared> _prepared = new(StringComparer.Ordinal);
    private long _generation;

    public LocalWorkspace(string root, CliSessions sessions, CliEnvironment environment)
    {
        Root = root;
        Environment = environment;
        Sessions = sessions;
        Documents = new DocumentCache(environment);
        _runner = new LintRunner(sessions, environment);
    }

    /// <summary>The folder the server was started for; paths are relative to it.</summary>
    public string Root { get; }

    public CliEnvironment Environment { get; }

    public CliSessions Sessions { get; }

    public DocumentCache Documents { get; }

    /// <summary>
    /// True while something tells <see cref="Changed"/> about every change under the root (the
    /// resources' watcher): the plans and the context's documents are then kept between calls, and
    /// only the linted file is looked at again. False: every call plans and looks at every file.
    /// </summary>
    public bool KeepsPlans { get; set; }

    /// <summary>Something under the root changed: the kept plans are dropped.</summary>
    public void Changed()
    {
        Interlocked.Increment(ref _generation);
        _prepared.Clear();
    }

    /// <summary>The full path of a path given to a tool, which must lie inside the root.</summary>
    public string Resolve(string path)
    {
        if (path.Any(char.IsControl))
        {
            throw new ToolInputException("'path' must not hold control characters");
        }

        var full = Path.GetFullPath(Path.Combine(Root, path));
        var root = Path.TrimEndingDirectorySeparator(Root);
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ToolInputException("'" + path + "' is outside the folder the server works in (" + Root + ")");
        }

        return full;
    }

    /// <summary>Lints one Work Item (its file, or <paramref name="text"/> in its place) against the workspace.</summary>
    public Linted Lint(string path, string? text)
    {
        var (plan, document, context) = Prepare(path, text);
        var result = LintRunner.LintReported(plan.Session.Engine, [document], context, plan.Options);
        return new Linted(plan, document, result);
    }

    /// <summary>The safe fixes (and the suggestions when asked) of one Work Item, applied in memory.</summary>
    public FixedFile Fix(string path, string? text, bool suggestions)
    {
        var (plan, document, context) = Prepare(path, text);
        var run = new WorkItemFixer(plan.Session.Engine).Fix([document], context, suggestions ? FixScope.SafeAndSuggestions : FixScope.Safe, plan.Options, ParseLimits.Default);
        return run.Files[0];
    }

    /// <summary>Every Work Item the configuration includes, linted as <c>tamer-lint lint</c> without paths lints them.</summary>
    public Linted LintAll()
    {
        var (plan, context) = Kept(string.Empty, () => Planned([]));
        var result = LintRunner.LintReported(plan.Session.Engine, Documents.Load(plan.Linted, WorkItemFileLoader.FormatsOf(plan.Session)), context, plan.Options);
        return new Linted(plan, null, result);
    }

    /// <summary>The included files and their parsed documents (for the resources).</summary>
    public IReadOnlyList<WorkItemDocument> Included()
    {
        var plan = Planned([]);
        return Documents.Load(plan.Linted, WorkItemFileLoader.FormatsOf(plan.Session));
    }

    /// <summary>The first file of <paramref name="result"/> (path, id, refused, diagnostics), exactly as the JSON report writes it.</summary>
    public static JsonObject ReportedFile(LintResult result, ToolInfo tool)
    {
        var report = JsonNode.Parse(Write(new JsonReportWriter(), result, tool))!;
        return (JsonObject)report["files"]![0]!.DeepClone();
    }

    /// <summary>A tool's answer about one file of a JSON report: <c>path</c>, <c>id</c>, <c>refused</c> and <c>diagnostics</c>, as the report has them.</summary>
    public static JsonObject Outcome(JsonObject file) => new()
    {
        ["path"] = file["path"]!.DeepClone(),
        ["id"] = file["id"]?.DeepClone(),
        ["refused"] = file["refused"]!.DeepClone(),
        ["diagnostics"] = file["diagnostics"]!.DeepClone(),
    };

    /// <summary>The command line's text report of <paramref name="result"/>.</summary>
    public static string Text(LintResult result, ToolInfo tool) => Write(new TextReportWriter(), result, tool);

    private static string Write(IReportWriter writer, LintResult result, ToolInfo tool)
    {
        using var output = new StringWriter();
        writer.Write(result, tool, output);
        return output.ToString();
    }

    private (LintPlan Plan, WorkItemDocument Document, IReadOnlyList<WorkItemDocument> Context) Prepare(string path, string? text)
    {
        var full = Resolve(path);
        if (text is null && !File.Exists(full))
        {
            throw new ToolInputException("no such file: " + path + " (send 'text' to lint a new file)");
        }

        if (Directory.Exists(full))
        {
            throw new ToolInputException(path + " is a folder; name one Work Item file");
        }

        var (plan, context) = Kept(full, () => Planned([new LintRunner.Target(full, IsFolder: false)]));
        var formatOf = WorkItemFileLoader.FormatsOf(plan.Session);
        var document = text is null ? Documents.Load([full], formatOf)[0] : Parse(Environment.DisplayPath(full), text, formatOf(full));
        return (plan, document, context);
    }

    // The plan for a key and its context's documents: kept until the next change while KeepsPlans.
    // The linted file itself is always looked at again (a call may follow its edit by less than the
    // time the watcher takes to hear of it).
    private (LintPlan Plan, IReadOnlyList<WorkItemDocument> Context) Kept(string key, Func<LintPlan> plan)
    {
        var generation = Interlocked.Read(ref _generation);
        if (KeepsPlans && _prepared.TryGetValue(key, out var kept) && kept.Generation == generation)
        {
            return (kept.Plan, kept.Context);
        }

        var planned = plan();
        var context = Documents.Load(planned.Context, WorkItemFileLoader.FormatsOf(planned.Session));
        if (KeepsPlans)
        {
            _prepared[key] = new Prepared(planned, context, generation);
        }

        return (planned, context);
    }

    private LintPlan Planned(IReadOnlyList<LintRunner.Target> targets)
    {
        LintPlan plan;
        try
        {
            plan = _runner.Plan(targets, null, [], []);
        }
        catch (UsageException exception)
        {
            throw new ToolInputException(exception.Message);
        }

        if (plan.Session.Failed)
        {
            throw new ToolInputException("the configuration has an error: " + plan.Session.FailureMessage);
        }

        return plan;
    }

    // A text is linted as the file's bytes would be: over the size limit it is not parsed (TMR0006), as a file is not read.
    private static WorkItemDocument Parse(string display, string text, FormatProfile? profile)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        return length > ParseLimits.Default.MaxFileBytes
            ? WorkItemParser.TooLarge(display, length, ParseLimits.Default, profile)
            : WorkItemParser.Parse(display, Encoding.UTF8.GetBytes(text), ParseLimits.Default, profile);
    }

    private sealed record Prepared(LintPlan Plan, IReadOnlyList<WorkItemDocument> Context, long Generation);

    /// <summary>A lint: its plan, the document linted (null for the whole workspace) and the result.</summary>
    internal sealed record Linted(LintPlan Plan, WorkItemDocument? Document, LintResult Result);
}
