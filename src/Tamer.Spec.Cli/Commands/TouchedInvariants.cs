using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Cli.Files;
using Tamer.Spec.Parsing;
using Tamer.Spec.Paths;
using Tamer.Spec.Repository;
using Tamer.Spec.Rules.Memory;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// The invariants of the registry whose <c>applies_to</c> a change touched, for <c>verify</c> to list
/// after its report so that the reviewer checks those first: each in force, once, with the changed
/// paths it governs, in registry order.
/// </summary>
internal static class TouchedInvariants
{
    public static void Write(IReadOnlyList<string> changedPaths, Tamer.Spec.Rules.TamerSession session, string repositoryRoot, CliEnvironment environment)
    {
        var files = new WorkItemFileFinder(session.Root, session.Configuration, repositoryRoot).FindMemoryFiles();
        if (files.Count == 0)
        {
            return;
        }

        var documents = WorkItemFileLoader.Load(files, environment, ParseLimits.Default, WorkItemFileLoader.FormatsOf(session));
        var index = InvariantIndex.Of(new WorkItemWorkspace(documents));
        if (index.IsEmpty)
        {
            return;
        }

        var touched = new List<(Tamer.Spec.Memory.InvariantRecord Entry, List<string> Paths)>();
        foreach (var path in changedPaths)
        {
            foreach (var (entry, _) in index.Governing(PathPattern.Parse(path)))
            {
                var found = touched.FirstOrDefault(t => ReferenceEquals(t.Entry, entry));
                if (found.Entry is null)
                {
                    found = (entry, new List<string>());
                    touched.Add(found);
                }

                found.Paths.Add(path);
            }
        }

        var output = environment.Output;
        if (touched.Count == 0)
        {
            output.WriteLine("invariants the change touched: none");
            return;
        }

        output.WriteLine("invariants the change touched (check these first):");
        foreach (var (entry, paths) in touched)
        {
            output.WriteLine("  " + entry.Id!.Value + ": " + entry.Statement?.Value + " (" + entry.Path + "; " + string.Join(", ", paths) + ")");
        }
    }
}
