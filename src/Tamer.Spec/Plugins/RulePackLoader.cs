using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Rules;
using Tamer.Spec.Text;

namespace Tamer.Spec.Plugins;

/// <summary>
/// Loads third-party rule packs from their assemblies: every public, non-abstract
/// <see cref="RulePack"/> with a public parameterless constructor. On .NET each assembly gets a load
/// context of its own that resolves the pack's dependencies from its folder (its <c>.deps.json</c>
/// when there is one) and shares only the core and the core's own dependencies with the host, so
/// a pack's libraries cannot clash with the host's; on .NET Framework the assembly is loaded
/// with <c>Assembly.LoadFrom</c>. Nothing here throws for a bad pack: a missing file, an assembly
/// that cannot be loaded, one without a pack, or a pack whose constructor throws becomes a
/// TMR9003 naming the assembly and the reason, and the run goes on without it. Packs are trusted
/// code, like analyzers: loading one runs it.
/// </summary>
public static class RulePackLoader
{
    /// <summary>
    /// The packs that <c>plugins</c> in <paramref name="configuration"/> names, relative to
    /// <paramref name="configurationFolder"/> (the configuration file's folder), then those of
    /// <paramref name="moreAssemblies"/> (full paths, such as MSBuild items). A file named twice is loaded once.
    /// </summary>
    public static RulePackLoadResult LoadPlugins(TamerConfiguration configuration, string configurationFolder, IEnumerable<string>? moreAssemblies = null)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        if (configurationFolder is null)
        {
            throw new ArgumentNullException(nameof(configurationFolder));
        }

        return Load(configuration.Plugins.Select(p => new PluginFile(configurationFolder, p.Path, p.Location))
            .Concat((moreAssemblies ?? Enumerable.Empty<string>()).Select(p => new PluginFile(null, p, null))));
    }

    /// <summary>The packs of the given assembly files (full paths, or relative to the working directory).</summary>
    public static RulePackLoadResult Load(IEnumerable<string> assemblyPaths) =>
        Load((assemblyPaths ?? throw new ArgumentNullException(nameof(assemblyPaths))).Select(p => new PluginFile(null, p, null)));

    private static RulePackLoadResult Load(IEnumerable<PluginFile> files)
    {
        var packs = new List<RulePack>();
        var problems = new List<Diagnostic>();
        var seen = new HashSet<string>(RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var file in files)
        {
            string fullPath;
            try
            {
                fullPath = Path.GetFullPath(file.Folder is null ? file.Written : Path.Combine(file.Folder, file.Written));
            }
#pragma warning disable CA1031 // A path the platform rejects is a pack left out.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                problems.Add(Problem(file, "'" + file.Written + "' is not a usable path (" + exception.Message + ")"));
                continue;
            }

            if (!seen.Add(fullPath))
            {
                continue;
            }

            var reason = LoadOne(fullPath, packs, problems, file);
            if (reason is not null)
            {
                problems.Add(Problem(file, reason));
            }
        }

        return new RulePackLoadResult(packs, problems);
    }

    private static string? LoadOne(string fullPath, List<RulePack> packs, List<Diagnostic> problems, PluginFile file)
    {
        if (!File.Exists(fullPath))
        {
            return "the file " + fullPath + " does not exist";
        }

        Type[] types;
        try
        {
            types = LoadAssembly(fullPath).GetExportedTypes();
        }
#pragma warning disable CA1031 // Whatever stops an assembly from loading, the run goes on without it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return "the assembly could not be loaded (" + exception.GetType().Name + ": " + FirstLine(exception.Message) + ")";
        }

        var candidates = types.Where(t => typeof(RulePack).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null).ToList();
        if (candidates.Count == 0)
        {
            return "it holds no public rule pack (a non-abstract RulePack with a public parameterless constructor, built against Tamer.Spec " + typeof(RulePack).Assembly.GetName().Version + ")";
        }

        foreach (var type in candidates)
        {
            try
            {
                packs.Add((RulePack)Activator.CreateInstance(type)!);
            }
#pragma warning disable CA1031 // A pack whose constructor throws is left out, not the run.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                var cause = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
                problems.Add(Problem(file, "creating " + type.FullName + " threw " + cause.GetType().Name + ": " + FirstLine(cause.Message)));
            }
        }

        return null;
    }

    private static Assembly LoadAssembly(string fullPath)
    {
#if NETCOREAPP3_0_OR_GREATER
        return PluginLoadContext.Load(fullPath);
#else
        return Assembly.LoadFrom(fullPath);
#endif
    }

    private static Diagnostic Problem(PluginFile file, string reason) =>
        EngineDiagnostics.Create(EngineDiagnostics.RuleFailure, file.Location, "rule pack plugin '" + file.Written + "' was not loaded: " + reason);

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private sealed class PluginFile
    {
        public PluginFile(string? folder, string written, SourceLocation? location)
        {
            Folder = folder;
            Written = written;
            Location = location;
        }

        /// <summary>The folder a relative path is taken from; null: the working directory.</summary>
        public string? Folder { get; }

        public string Written { get; }

        public SourceLocation? Location { get; }
    }
}
