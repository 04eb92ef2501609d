using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Tamer.Spec.Cli.Files;
using Tamer.Spec.Engine;
using Tamer.Spec.Fixes;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// <c>--fix</c> and <c>--fix-dry-run</c>: safe fixes only, pass after pass until nothing changes.
/// A dry run prints a unified diff (paths relative to the repository root, or to the current
/// folder outside a repository) and writes nothing. A real run writes each changed file
/// atomically, names it on standard error, and reports what remains; a file that cannot be
/// written stays as it was and the run ends with exit code 2. Temporary files a killed run left
/// beside the linted files are removed first.
/// </summary>
internal sealed partial class LintRunner
{
    private int Fix(LintEngine engine, IReadOnlyList<string> lintedPaths, IReadOnlyList<WorkItemDocument> documents, IReadOnlyList<WorkItemDocument> context, LintOptions options, LintRequest request, ToolInfo tool, string? repositoryRoot)
    {
        var fullPathOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lintedPaths.Count; i++)
        {
            fullPathOf[documents[i].Path] = lintedPaths[i];
        }

        var run = new WorkItemFixer(engine).Fix(documents, context, FixScope.Safe, options, ParseLimits.Default);
        foreach (var file in run.Files)
        {
            foreach (var warning in file.Warnings)
            {
                _environment.Error.WriteLine("tamer-lint: warning: " + file.Path + ": " + warning);
            }
        }

        var changed = run.Changed.ToList();
        if (request.Fix == FixMode.DryRun)
        {
            var diffRoot = repositoryRoot ?? _environment.CurrentDirectory;
            foreach (var file in changed)
            {
                var relative = Path.GetRelativePath(diffRoot, fullPathOf[file.Path]).Replace('\\', '/');
                relative = relative.StartsWith("../", StringComparison.Ordinal) ? file.Path : relative;
                _environment.Output.Write(UnifiedDiff.Create(relative, Decode(file.OriginalBytes), Decode(file.Bytes)));
            }

            _environment.Error.WriteLine("tamer-lint: --fix-dry-run: " + Files(changed.Count) + " would change; nothing was written");
            return ExitCode(run.Result, request.MaxWarnings);
        }

        // A run killed while writing left temporary files beside the originals; they go now.
        TemporaryFiles.RemoveLeftovers(lintedPaths);
        var unwritten = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in changed)
        {
            try
            {
                AtomicFileWriter.Replace(fullPathOf[file.Path], file.OriginalBytes, file.Bytes);
                _environment.Error.WriteLine("tamer-lint: fixed " + file.Path + ": " + string.Join("; ", file.Applied.Select(f => f.DiagnosticId + " " + f.Title).Distinct(StringComparer.Ordinal)));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                _environment.Error.WriteLine("tamer-lint: error: cannot write " + file.Path + ": " + exception.Message + "; the file was left as it was");
                unwritten.Add(file.Path);
            }
        }

        if (changed.Count == 0)
        {
            _environment.Error.WriteLine("tamer-lint: --fix changed no file");
        }

        // The report describes the files as they now are on disk.
        var result = unwritten.Count == 0
            ? run.Result
            : LintReported(engine, run.Files.Select(f => unwritten.Contains(f.Path) ? f.Original : f.Fixed).ToList(), context, options, _backlogs);
        WriteReport(result, request, tool);
        return unwritten.Count > 0 ? ExitCodes.UsageError : ExitCode(result, request.MaxWarnings);
    }

    // The text exactly as the bytes say, byte order mark included, so that the diff applies to the file.
    private static string Decode(byte[] bytes) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes);

    private static string Files(int count) => count + (count == 1 ? " file" : " files");
}
