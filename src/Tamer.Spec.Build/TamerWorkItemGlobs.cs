using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Tamer.Spec.Configuration;
using Tamer.Spec.Paths;

namespace Tamer.Spec.Build;

/// <summary>
/// Turns the configuration's <c>include</c> and <c>exclude</c> paths into MSBuild globs, relative to
/// the project, so that MSBuild itself finds the Work Items (and watches them for incremental
/// builds). Paths in <c>.tamer.yml</c> are relative to its folder; without one, to the project's.
/// A folder (<c>docs/</c>) stands for every Markdown file below it. Build output, dependencies and
/// hidden folders are never searched. A configuration that does not read leaves the defaults in
/// place; the lint reports what is wrong with it.
/// </summary>
public sealed class TamerWorkItemGlobs : Task
{
    /// <summary>The project's folder.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The <c>.tamer.yml</c> in use, if any.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The globs of the Work Items, separated by ';'.</summary>
    [Output]
    public string Include { get; private set; } = string.Empty;

    /// <summary>The globs to leave out, separated by ';'.</summary>
    [Output]
    public string Exclude { get; private set; } = string.Empty;

    /// <summary>The folder scope paths and configuration paths are relative to.</summary>
    [Output]
    public string RootDirectory { get; private set; } = string.Empty;

    /// <summary>The plug-in assemblies the configuration names, as full paths: inputs of the lint target, so a rebuilt pack lints again.</summary>
    [Output]
    public string PluginFiles { get; private set; } = string.Empty;

    /// <summary>The globs of the invariants registry and the rejected-designs log, relative to the project, joined by ';'.</summary>
    [Output]
    public string MemoryInclude { get; private set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var configuration = TamerConfiguration.Default;
        var root = ProjectDirectory;
        if (!string.IsNullOrEmpty(ConfigFile) && File.Exists(ConfigFile))
        {
            root = Path.GetDirectoryName(Path.GetFullPath(ConfigFile!))!;
            var loaded = ConfigurationFile.Load(ConfigFile!, ConfigFile!);
            configuration = loaded.HasErrors ? configuration : loaded.Configuration;
        }

        var prefix = RelativePaths.Between(ProjectDirectory, root);
        Include = string.Join(";", configuration.Include.Select(p => Glob(prefix, p)).Where(g => g is not null));
        Exclude = string.Join(";", configuration.Exclude.Select(p => Glob(prefix, p)).Where(g => g is not null).Concat(NeverSearchedFolders.Globs.Select(g => Join(prefix, g))));
        MemoryInclude = string.Join(";", configuration.InvariantsRegistry.Concat(configuration.RejectedDesignsLog).Select(p => Glob(prefix, p)).Where(g => g is not null));
        RootDirectory = root;
        PluginFiles = string.Join(";", configuration.Plugins.Select(p => FullPath(root, p.Path)).Where(p => p is not null));
        return true;
    }

    private static string? FullPath(string root, string path)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(root, path));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    // "docs/" and "docs" (a folder) → "docs/**/*.md"; a glob or a file stays as written.
    private static string? Glob(string prefix, string path)
    {
        var pattern = PathPattern.Parse(path);
        if (!pattern.IsValid)
        {
            return null;
        }

        var glob = !pattern.IsGlob && pattern.MayNameFolder
            ? (pattern.Normalized.Length == 0 ? "**/*.md" : pattern.Normalized + "/**/*.md")
            : pattern.Normalized;
        return Join(prefix, Escape(glob));
    }

    private static string Join(string prefix, string glob) => prefix.Length == 0 ? glob : prefix + "/" + glob;

    // MSBuild reads these characters in an item specification as its own syntax.
    private static string Escape(string glob)
    {
        var escaped = new List<char>();
        foreach (var c in glob)
        {
            switch (c)
            {
                case '%':
                case ';':
                case '$':
                case '@':
                case '\'':
                    escaped.AddRange("%" + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    escaped.Add(c);
                    break;
            }
        }

        return new string(escaped.ToArray());
    }
}
