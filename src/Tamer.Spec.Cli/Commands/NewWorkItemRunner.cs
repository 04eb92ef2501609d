using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Tamer.Spec.Cli.Files;
using Tamer.Spec.Parsing;
using Tamer.Spec.Paths;
using Tamer.Spec.Repository;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// <c>tamer-lint new "Title" [--id ID] [--area AREA]</c>: writes a Work Item with the next free id
/// (<c>WI-AREA-0007</c> after the highest <c>WI-AREA-</c> number in the workspace) and every axis
/// present, each place to fill marked <c>FILL</c>. Unfilled, the gate refuses it with a diagnostic
/// for each axis; filled, it passes. An existing file is never overwritten.
/// </summary>
internal sealed class NewWorkItemRunner
{
    private static readonly Regex AreaShape = new("^[A-Z][A-Z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex IdShape = new("^[A-Z0-9]+(-[A-Z0-9]+)+$", RegexOptions.CultureInvariant);

    private readonly CliSessions _sessions;
    private readonly CliEnvironment _environment;

    public NewWorkItemRunner(CliSessions sessions, CliEnvironment environment)
    {
        _sessions = sessions;
        _environment = environment;
    }

    public int Run(string title, string? id, string? area, string? configurationFile)
    {
        if (string.IsNullOrWhiteSpace(title) || title.IndexOfAny(['\n', '\r']) >= 0)
        {
            throw new UsageException("the title must be one line of text");
        }

        var normalizedArea = area?.Trim().ToUpperInvariant();
        if (normalizedArea is not null && !AreaShape.IsMatch(normalizedArea))
        {
            throw new UsageException("--area must be letters and digits, such as AUTH; got '" + area + "'");
        }

        if (id is not null && !IdShape.IsMatch(id))
        {
            throw new UsageException("--id must be upper-case letters and digits in groups joined by '-', such as WI-AUTH-0042; got '" + id + "'");
        }

        var repositoryRoot = RepositoryRoot.Find(_environment.CurrentDirectory);
        var session = _sessions.Open(configurationFile, _environment.CurrentDirectory, repositoryRoot, [], []);
        var finder = new WorkItemFileFinder(session.Root, session.Configuration, repositoryRoot);
        var existing = WorkItemFileLoader.Load(finder.FindIncluded(), _environment, ParseLimits.Default, WorkItemFileLoader.FormatsOf(session)).Select(d => d.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var prefix = normalizedArea is null ? "WI-" : "WI-" + normalizedArea + "-";
        id ??= NextId(prefix, existing);
        if (existing.Contains(id))
        {
            throw new UsageException("a Work Item with the id " + id + " already exists");
        }

        var folder = Path.Combine(session.Root, FolderOf(session.Configuration.Include.FirstOrDefault()));
        var path = Path.Combine(folder, Slug(title) + ".md");
        Directory.CreateDirectory(folder);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            var bytes = new UTF8Encoding(false).GetBytes(Skeleton(id, title.Trim()));
            stream.Write(bytes, 0, bytes.Length);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new UsageException(_environment.DisplayPath(path) + " already exists; new does not overwrite it");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("cannot write " + _environment.DisplayPath(path) + ": " + exception.Message);
        }

        _environment.Output.WriteLine("tamer-lint: wrote " + _environment.DisplayPath(path) + " (" + id + "); fill every place marked FILL");
        return ExitCodes.Success;
    }

    /// <summary>The skeleton: every axis present, each place to fill marked FILL.</summary>
    internal static string Skeleton(string id, string title) => $$"""
        ---
        id: {{id}}
        title: "{{title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}}"
        status: draft
        # Scope: the files the change may write, may only read, and must not touch.
        scope:
          write: []          # FILL: the files to change, such as [src/auth/limiter.ts]
          read_only: []      # FILL: what the change may read, such as [src/auth/]
          forbidden: []      # FILL: what it must not touch, such as [src/billing/]
          extend_scope: false
        # Acceptance criteria: observable results a tester can check, each with an id.
        acceptance_criteria:
          - "AC-1: FILL"     # such as: the 6th login attempt within a minute returns HTTP 429
        # Invariants: what must stay true, and what goes wrong if it does not.
        invariants:
          - "FILL"           # such as: existing sessions stay valid, or users are logged out mid-work
        # Dependencies: the ids of the Work Items that must be done first, or [] for none.
        depends_on: [FILL]
        # Non-goals: what this change does not do.
        non_goals:
          - "FILL"           # such as: no CAPTCHA
        # Estimate: how many lines and files the change is expected to touch.
        estimate: { diff_lines: FILL, files: FILL }
        ---

        # {{title}}

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string NextId(string prefix, System.Collections.Generic.IEnumerable<string> existing)
    {
        var highest = 0;
        foreach (var id in existing)
        {
            if (id.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                highest = Math.Max(highest, number);
            }
        }

        return prefix + (highest + 1).ToString("0000", CultureInfo.InvariantCulture);
    }

    // The literal folder a glob starts with ("work-items" of "work-items/**/*.md"); the default folder otherwise.
    private static string FolderOf(string? glob)
    {
        var literal = glob is null ? [] : PathPattern.SplitPath(glob).TakeWhile(s => s.IndexOfAny(['*', '?', '[', '{']) < 0).ToArray();
        return literal.Length == 0 || (glob is not null && !glob.Contains('*', StringComparison.Ordinal)) ? "work-items" : string.Join("/", literal);
    }

    private static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            slug.Append(char.IsLetterOrDigit(c) && c < 128 ? c : '-');
        }

        var text = Regex.Replace(slug.ToString(), "-+", "-").Trim('-');
        return text.Length == 0 ? "work-item" : text.Length > 60 ? text.Substring(0, 60).TrimEnd('-') : text;
    }
}
