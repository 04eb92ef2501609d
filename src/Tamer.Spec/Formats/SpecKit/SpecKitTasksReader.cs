using System.Collections.Generic;
using System.Text.RegularExpressions;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats.SpecKit;

/// <summary>
/// Reads a Spec Kit tasks.md: the checkbox tasks with a <c>T</c> id, whether they are marked
/// <c>[P]</c>, the <c>##</c> phase they are in, and the file paths they name (see
/// <see cref="PathWords"/>).
/// </summary>
internal static class SpecKitTasksReader
{
    private static readonly Regex Task = new(@"^\[[ xX]\]\s*(?<id>T\d+)\b", RegexOptions.CultureInvariant);

    private static readonly Regex Parallel = new(@"\[P\]", RegexOptions.CultureInvariant);

    public static List<SpecKitTask> Read(SourceText source, IReadOnlyList<MarkdownLine> lines)
    {
        var tasks = new List<SpecKitTask>();
        var phase = 0;
        foreach (var line in lines)
        {
            if (line.InCode)
            {
                continue;
            }

            if (line.IsHeading && line.HeadingLevel <= 2)
            {
                phase++;
                continue;
            }

            if (!line.IsListItem)
            {
                continue;
            }

            var content = source.ToString(line.Content);
            var task = Task.Match(content);
            if (!task.Success)
            {
                continue;
            }

            var rest = content.Substring(task.Length);
            var isParallel = Parallel.IsMatch(rest);
            var paths = new List<(string, TextSpan)>();
            foreach (var (path, index) in PathWords.In(rest))
            {
                paths.Add((path, new TextSpan(line.Content.Start + task.Length + index, path.Length)));
            }

            tasks.Add(new SpecKitTask(task.Groups["id"].Value, isParallel, phase, paths));
        }

        return tasks;
    }
}
