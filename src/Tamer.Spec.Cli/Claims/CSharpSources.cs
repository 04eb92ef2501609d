using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Tamer.Spec.Cli.Claims;

/// <summary>The C# files of a project or of every project below a folder: build output, dependencies and hidden folders left out.</summary>
internal static class CSharpSources
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules" };

    public static IReadOnlyList<string> Below(string folder)
    {
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            try
            {
                found.AddRange(Directory.GetFiles(directory, "*.cs"));
                foreach (var child in Directory.GetDirectories(directory))
                {
                    var name = Path.GetFileName(child);
                    if (!name.StartsWith(".", StringComparison.Ordinal) && !SkippedFolders.Contains(name))
                    {
                        pending.Push(child);
                    }
                }
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                // A folder that cannot be read holds no test we can see.
            }
        }

        return found.OrderBy(f => f, StringComparer.Ordinal).ToList();
    }
}
