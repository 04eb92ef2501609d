using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats.SpecKit;

/// <summary>
/// Reads a Spec Kit tasks.md: the checkbox tasks with a <c>T</c> id, whether they are marked
/// <c>[P]</c>, the <c>##</c> phase they are in, and the file paths they name. A path is a word
/// with a <c>/</c> whose last part has an extension (<c>src/models/user.py</c>) or that ends with
/// <c>/</c> (<c>tests/contract/</c>), or a file name with an extension; URLs and route patterns
/// (<c>/api/sessions/[id]</c>) are not paths.
/// </summary>
internal static class SpecKitTasksReader
{
    private static readonly Regex Task = new(@"^\[[ xX]\]\s*(?<id>T\d+)\b", RegexOptions.CultureInvariant);

    private static readonly Regex Parallel = new(@"\[P\]", RegexOptions.CultureInvariant);

    private static readonly Regex Word = new(@"[^\s`'""(),;]+", RegexOptions.CultureInvariant);

    private static readonly Regex FileName = new(@"^[A-Za-z0-9_.\-]*[A-Za-z0-9_\-]\.[A-Za-z][A-Za-z0-9]{0,7}$", RegexOptions.CultureInvariant);

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
            foreach (Match word in Word.Matches(rest))
            {
                var path = word.Value.TrimEnd('.', ':', '!', '?');
                if (IsPath(path))
                {
                    paths.Add((path, new TextSpan(line.Content.Start + task.Length + word.Index, path.Length)));
                }
            }

            tasks.Add(new SpecKitTask(task.Groups["id"].Value, isParallel, phase, paths));
        }

        return tasks;
    }

    private static bool IsPath(string word)
    {
        if (word.Length < 3 || word.IndexOf("://", StringComparison.Ordinal) >= 0 || word.StartsWith("/", StringComparison.Ordinal) || word.IndexOfAny(new[] { '[', ']', '{', '}', '<', '>', '*' }) >= 0)
        {
            return false;
        }

        var slash = word.LastIndexOf('/');
        if (slash < 0)
        {
            return FileName.IsMatch(word) && !IsNumberLike(word);
        }

        return slash == word.Length - 1 ? word.Length > 1 : FileName.IsMatch(word.Substring(slash + 1));
    }

    // "1.5", "v2.0", "e.g", "Node.js", "ASP.NET": versions, abbreviations and product names, not file names.
    private static bool IsNumberLike(string word)
    {
        var dot = word.LastIndexOf('.');
        var head = word.Substring(0, dot);
        var extension = word.Substring(dot + 1);
        return char.IsDigit(extension[0])
            || IsDigits(head.TrimStart('v', 'V'))
            || word is "e.g" or "i.e" or "E.g" or "I.e"
            || (char.IsUpper(head[0]) && extension.ToLowerInvariant() is "js" or "net" or "io" or "ai");
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsDigit(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
