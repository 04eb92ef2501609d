using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Fixes;

/// <summary>
/// Fixes Work Items the way <c>--fix</c> does, without touching a file: lint, apply every fix in
/// scope that does not conflict with another (the first fix of each diagnostic, in file order),
/// parse the new text, and lint again, up to <see cref="MaxPasses"/> passes, until nothing
/// changes. A file whose text comes back to an earlier state is a fix that keeps coming back: the
/// file stops there and its warning names the fixes. Files with invalid UTF-8 are never changed.
/// Fixes that are each sound can still clash (two that add the same key): a pass whose text reads
/// worse than before (a YAML error, a duplicate key, a lost Work Item) is redone one fix at a
/// time, keeping only the fixes that leave the file as readable as it was. The format rule's fixes
/// go first, since renaming a key can make another fix unnecessary.
/// </summary>
public sealed class WorkItemFixer
{
    /// <summary>The most lint-and-fix passes a run makes.</summary>
    public const int MaxPasses = 10;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly LintEngine _engine;

    /// <summary>Creates a fixer that lints with <paramref name="engine"/>.</summary>
    public WorkItemFixer(LintEngine engine)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
    }

    /// <summary>
    /// Fixes the parsed <paramref name="files"/>; <paramref name="context"/> holds the other Work
    /// Items of the workspace, read but never fixed. Fixed texts are parsed again with
    /// <paramref name="limits"/>.
    /// </summary>
    public FixRun Fix(IReadOnlyList<WorkItemDocument> files, IReadOnlyList<WorkItemDocument> context, FixScope scope, LintOptions? options = null, ParseLimits? limits = null)
    {
        if (files is null || context is null)
        {
            throw new ArgumentNullException(files is null ? nameof(files) : nameof(context));
        }

        options ??= new LintOptions();
        var states = files.Select(f => new FileState(f)).ToList();
        var passes = 0;
        LintResult result;
        while (true)
        {
            result = Lint(states, context, options);
            if (passes == MaxPasses || states.All(s => s.Stopped))
            {
                break;
            }

            passes++;
            var changed = false;
            var byDocument = result.Files.ToDictionary(f => f.Document);
            foreach (var state in states.Where(s => !s.Stopped && byDocument.ContainsKey(s.Document)))
            {
                changed |= Step(state, byDocument[state.Document], scope, limits);
            }

            if (!changed)
            {
                break;
            }

            if (passes == MaxPasses)
            {
                foreach (var state in states.Where(s => s.ChangedInLastPass))
                {
                    state.Warnings.Add("fixes were still changing the file after " + MaxPasses + " passes; the last were: " + Describe(state.LastPass));
                }

                result = Lint(states, context, options);
                break;
            }
        }

        // A fix still offered at the end clashed with others every time; say so rather than stay silent.
        var finalResults = result.Files.ToDictionary(f => f.Document);
        foreach (var state in states.Where(s => s.Warnings.Count == 0 && finalResults.ContainsKey(s.Document)))
        {
            var left = finalResults[state.Document].Diagnostics.SelectMany(d => d.Fixes.Take(1)).Where(f => scope == FixScope.SafeAndSuggestions || f.Kind == FixKind.Safe).ToList();
            if (left.Count > 0)
            {
                state.Warnings.Add("these fixes could not be applied together with the others: " + Describe(left));
            }
        }

        var fixedFiles = states.Select(s => s.ToFixedFile()).ToList();
        return new FixRun(fixedFiles, result, passes);
    }

    private static bool Step(FileState state, FileLintResult lint, FixScope scope, ParseLimits? limits)
    {
        state.ChangedInLastPass = false;
        if (state.Document.Problems.Any(p => p.Kind == ParseProblemKind.InvalidEncoding))
        {
            state.Stopped = true;
            return false;
        }

        var candidates = lint.Diagnostics
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Span.Start ?? 0)
            .Select(d => d.Fixes.FirstOrDefault(f => scope == FixScope.SafeAndSuggestions || f.Kind == FixKind.Safe))
            .Where(f => f is not null)
            .Select(f => f!)
            .ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        var before = Damage(state.Document);
        var application = FixApplier.Apply(state.Document.Text.Text, candidates);
        var parsed = Reparse(state, application.Text, limits);
        if (Damage(parsed) > before)
        {
            (application, parsed) = OneByOne(state, candidates, before, limits);
        }

        if (application.Applied.Count == 0 || string.Equals(application.Text, state.Document.Text.Text, StringComparison.Ordinal))
        {
            return false;
        }

        if (!state.Seen.Add(application.Text))
        {
            state.Warnings.Add("a fix keeps coming back, so fixing stopped: " + Describe(application.Applied));
            state.Stopped = true;
            return false;
        }

        state.Passes.Add(new FixPass(state.Document.Text.Text, application.Applied, application.Text));
        state.Document = parsed;
        state.Applied.AddRange(application.Applied);
        state.LastPass = application.Applied;
        state.ChangedInLastPass = true;
        return true;
    }

    // Keeps each fix, in order, only when the file with it reads no worse than without it.
    private static (FixApplication Application, WorkItemDocument Parsed) OneByOne(FileState state, IReadOnlyList<CodeFix> candidates, int before, ParseLimits? limits)
    {
        var kept = new List<CodeFix>();
        var best = (Application: FixApplier.Apply(state.Document.Text.Text, kept), Parsed: state.Document);
        foreach (var candidate in candidates)
        {
            var trial = FixApplier.Apply(state.Document.Text.Text, kept.Append(candidate));
            if (trial.Applied.Count != kept.Count + 1)
            {
                continue;
            }

            var parsed = Reparse(state, trial.Text, limits);
            if (Damage(parsed) <= before)
            {
                kept.Add(candidate);
                best = (trial, parsed);
            }
        }

        return best;
    }

    private static WorkItemDocument Reparse(FileState state, string text, ParseLimits? limits) =>
        WorkItemParser.Parse(state.Path, Encode(text, state.Document.Text.HasByteOrderMark), limits, state.Document.Profile);

    // How badly a text reads: parse problems count, and losing the Work Item altogether counts most.
    private static int Damage(WorkItemDocument document) => document.Problems.Count + (document.WorkItem is null ? 1000 : 0);

    private LintResult Lint(List<FileState> states, IReadOnlyList<WorkItemDocument> context, LintOptions options)
    {
        var reported = new HashSet<WorkItemDocument>(states.Select(s => s.Document));
        var workspace = new WorkItemWorkspace(states.Select(s => s.Document).Concat(context).ToList());
        return _engine.Lint(workspace, new LintOptions
        {
            Configuration = options.Configuration,
            Repository = options.Repository,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            CancellationToken = options.CancellationToken,
            RunDiagnostics = options.RunDiagnostics,
            Baseline = options.Baseline,
            ConfigurationRelativePath = options.ConfigurationRelativePath,
            ShouldReport = reported.Contains,
        });
    }

    /// <summary>The bytes of a text as a Work Item file holds them: UTF-8, with the byte order mark when it had one.</summary>
    public static byte[] Encode(string text, bool byteOrderMark)
    {
        var body = Utf8.GetBytes(text);
        return byteOrderMark ? new byte[] { 0xEF, 0xBB, 0xBF }.Concat(body).ToArray() : body;
    }

    private static string Describe(IEnumerable<CodeFix> fixes) =>
        string.Join("; ", fixes.Select(f => f.DiagnosticId + " " + f.Title).Distinct(StringComparer.Ordinal));

    private sealed class FileState
    {
        public FileState(WorkItemDocument document)
        {
            Path = document.Path;
            Original = document;
            Document = document;
            Seen.Add(document.Text.Text);
        }

        public string Path { get; }

        public WorkItemDocument Original { get; }

        public WorkItemDocument Document { get; set; }

        public bool Stopped { get; set; }

        public bool ChangedInLastPass { get; set; }

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public List<CodeFix> Applied { get; } = new();

        public List<FixPass> Passes { get; } = new();

        public IReadOnlyList<CodeFix> LastPass { get; set; } = Array.Empty<CodeFix>();

        public List<string> Warnings { get; } = new();

        public FixedFile ToFixedFile() => new(Original, Document, Applied, Passes, Warnings);
    }
}
