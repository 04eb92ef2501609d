using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Tamer.Spec.Formats;

/// <summary>
/// The file paths a line of prose names, as the feature-folder formats write them (a Spec Kit task
/// "… in src/models/user.py", a Kiro design's "**File:** `src/api.py`"). A path is a word with a
/// <c>/</c> whose last part has an extension (<c>src/models/user.py</c>) or that ends with <c>/</c>
/// (<c>tests/contract/</c>), or a file name with an extension (<c>package.json</c>); URLs, route
/// patterns (<c>/api/sessions/[id]</c>), versions (<c>v2.0</c>) and product names (<c>Node.js</c>)
/// are not paths.
/// </summary>
internal static class PathWords
{
    private static readonly Regex Word = new(@"[^\s`'""(),;|]+", RegexOptions.CultureInvariant);

    private static readonly Regex InlineCode = new(@"`(?<code>[^`]+)`", RegexOptions.CultureInvariant);

    private static readonly Regex FileName = new(@"^[A-Za-z0-9_.\-]*[A-Za-z0-9_\-]\.[A-Za-z][A-Za-z0-9]{0,7}$", RegexOptions.CultureInvariant);

    /// <summary>Every path of <paramref name="text"/>, with its index in the text.</summary>
    public static List<(string Path, int Index)> In(string text)
    {
        var paths = new List<(string, int)>();
        foreach (Match word in Word.Matches(text))
        {
            var path = word.Value.TrimEnd('.', ':', '!', '?', '*');
            var start = 0;
            while (start < path.Length && path[start] == '*')
            {
                start++;
            }

            path = path.Substring(start);
            if (IsPath(path))
            {
                paths.Add((path, word.Index + start));
            }
        }

        return paths;
    }

    /// <summary>
    /// The paths written as inline code in <paramref name="text"/> (<c>`src/api.py`</c>), or, when it
    /// has no inline code, every path of it: a list of files that quotes its paths names the others
    /// only in passing ("`src/a.rs` — moved from score/").
    /// </summary>
    public static List<(string Path, int Index)> Quoted(string text)
    {
        var codes = InlineCode.Matches(text);
        if (codes.Count == 0)
        {
            return In(text);
        }

        var paths = new List<(string, int)>();
        foreach (Match code in codes)
        {
            var group = code.Groups["code"];
            foreach (var (path, index) in In(group.Value))
            {
                paths.Add((path, group.Index + index));
            }
        }

        return paths;
    }

    /// <summary>True when <paramref name="word"/> has the shape of a file or folder path.</summary>
    public static bool IsPath(string word)
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
