#if NETCOREAPP3_0_OR_GREATER
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Plugins;

/// <summary>
/// One rule pack assembly's load context: the pack and its own dependencies from its folder, the
/// core (and what the core's types expose: NuGet.Versioning, YamlDotNet, Markdig) from the host's
/// context, so that a pack's <see cref="RulePack"/> is the host's. One context per file and
/// version of it, kept for the process: a build server or a long-running host loads a pack once.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private static readonly ConcurrentDictionary<string, Lazy<Assembly>> Loaded = new(StringComparer.Ordinal);

    private static readonly Lazy<HashSet<string>> Shared = new(() =>
    {
        var core = typeof(RulePack).Assembly;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { core.GetName().Name! };
        foreach (var reference in core.GetReferencedAssemblies())
        {
            names.Add(reference.Name!);
        }

        return names;
    });

    private readonly AssemblyDependencyResolver _resolver;
    private readonly AssemblyLoadContext _host;

    private PluginLoadContext(string fullPath)
        : base("Tamer.Spec plugin " + Path.GetFileName(fullPath), isCollectible: false)
    {
        _resolver = new AssemblyDependencyResolver(fullPath);
        _host = GetLoadContext(typeof(RulePack).Assembly) ?? Default;
    }

    public static Assembly Load(string fullPath)
    {
        // Read from bytes, so the file stays free to be rebuilt while a build server or the host
        // keeps the pack; a rebuilt file (a new time stamp) gets a new context. Contexts are not
        // collectible: a long-lived process keeps each version of a pack it has loaded.
        var key = fullPath + "|" + File.GetLastWriteTimeUtc(fullPath).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Loaded.GetOrAdd(key, _ => new Lazy<Assembly>(() =>
        {
            using var image = new MemoryStream(File.ReadAllBytes(fullPath));
            return new PluginLoadContext(fullPath).LoadFromStream(image);
        })).Value;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is { } name && Shared.Value.Contains(name))
        {
            // The host's copy, whatever version the pack was compiled against: the types must be the host's.
            return _host.Assemblies.FirstOrDefault(a => string.Equals(a.GetName().Name, name, StringComparison.OrdinalIgnoreCase)) ?? _host.LoadFromAssemblyName(new AssemblyName(name));
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
#endif
