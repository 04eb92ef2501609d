using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Tamer.Spec.Configuration;
using Tamer.Spec.Paths;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// <c>tamer-lint init</c>: writes a commented <c>.tamer.yml</c> in the current folder: include
/// globs for the folders that hold Markdown files with frontmatter (the defaults when there are
/// none), and every axis pinned to the version it runs today. An existing configuration is never
/// overwritten.
/// </summary>
internal sealed class InitRunner
{
    private readonly CliSessions _sessions;
    private readonly CliEnvironment _environment;

    public InitRunner(CliSessions sessions, CliEnvironment environment)
    {
        _sessions = sessions;
        _environment = environment;
    }

    public int Run()
    {
        var folder = _environment.CurrentDirectory;
        foreach (var name in new[] { ".tamer.yml", ".tamer.yaml" })
        {
            if (File.Exists(Path.Combine(folder, name)))
            {
                throw new UsageException(name + " already exists here; init does not overwrite it");
            }
        }

        var session = _sessions.Open(null, folder, folder, [], []);
        var include = FoundFolders(folder).Select(f => f + "/**/*.md").ToList();
        var text = new StringBuilder();
        text.Append("# Tamer.Spec configuration (docs/configuration.md). Everything here is optional.\n");
        text.Append("# Which files are Work Items, relative to this folder.\n");
        text.Append("include:\n");
        foreach (var glob in include.Count > 0 ? include : TamerConfiguration.DefaultInclude.ToList())
        {
            text.Append("  - \"").Append(glob).Append("\"\n");
        }

        text.Append("# Each axis pinned to the version it runs today, so that a new release changes nothing until you\n");
        text.Append("# raise the pin (a NuGet range: \"[2.0.0]\" is exactly 2.0.0; off turns an axis off).\n");
        text.Append("rules:\n");
        foreach (var rule in session.Engine.SelectRules(session.Configuration).Rules.Where(r => !r.Pack.IsAlwaysOn))
        {
            text.Append("  ").Append(rule.Pack.Axis).Append(": \"[").Append(rule.Rule.Version.ToNormalizedString()).Append("]\"\n");
        }

        text.Append("# Severity overrides by diagnostic ID: error | warning | info | none.\n");
        text.Append("# severity:\n#   TMR1010: warning\n");
        text.Append("# Severities for some folders only, such as Work Items written before the gate.\n");
        text.Append("# overrides:\n#   - files: [\"work-items/legacy/**\"]\n#     severity: { TMR3001: info }\n");
        text.Append("# The accepted diagnostics of today (tamer-lint baseline writes it).\n");
        text.Append("# baseline: .tamer-baseline.json\n");
        text.Append("# Keep each file's result in .tamer-cache/ and lint only what changed (as --cache does).\n");
        text.Append("# cache: true\n");
        var path = Path.Combine(folder, ".tamer.yml");
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            var bytes = new UTF8Encoding(false).GetBytes(text.ToString());
            stream.Write(bytes, 0, bytes.Length);
        }
        catch (IOException exception) when (File.Exists(path))
        {
            throw new UsageException(".tamer.yml already exists here; init does not overwrite it (" + exception.Message + ")");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("cannot write .tamer.yml: " + exception.Message);
        }

        _environment.Output.WriteLine("tamer-lint: wrote " + _environment.DisplayPath(path) + " (include: " + string.Join(", ", include.Count > 0 ? include : TamerConfiguration.DefaultInclude) + ")");
        return ExitCodes.Success;
    }

    // The top-level folders below the current one that hold a Markdown file starting with frontmatter.
    private static SortedSet<string> FoundFolders(string root)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var top in Directory.EnumerateDirectories(root))
        {
            var name = Path.GetFileName(top);
            if (name.StartsWith(".", StringComparison.Ordinal) || NeverSearchedFolders.Contains(name))
            {
                continue;
            }

            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden };
            if (Directory.EnumerateFiles(top, "*.md", options).Any(HasFrontmatter))
            {
                found.Add(name);
            }
        }

        return found;
    }

    private static bool HasFrontmatter(string file)
    {
        try
        {
            using var reader = new StreamReader(file);
            return reader.ReadLine()?.TrimEnd() == "---";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
