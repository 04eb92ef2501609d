using System;
using System.Collections.Generic;
using System.IO;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Repository;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// Loads the configuration for a run: <c>--config</c> when given, otherwise the nearest
/// <c>.tamer.yml</c> from the start folder up to the repository root; then the command-line
/// <c>--rule</c> and <c>--severity</c> settings on top.
/// </summary>
internal static class ConfigurationLoader
{
    public static LoadedConfiguration Load(
        CliEnvironment environment,
        string? explicitFile,
        string startDirectory,
        string? repositoryRoot,
        IReadOnlyList<string> ruleSettings,
        IReadOnlyList<string> severitySettings)
    {
        var path = explicitFile is null ? ConfigurationLocator.Find(startDirectory, repositoryRoot) : environment.Resolve(explicitFile);
        var diagnostics = new List<Diagnostic>();
        var configuration = TamerConfiguration.Default;
        if (path is not null)
        {
            if (!File.Exists(path))
            {
                throw new UsageException("the configuration file " + environment.DisplayPath(path) + " does not exist");
            }

            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new UsageException("cannot read the configuration file " + environment.DisplayPath(path) + ": " + exception.Message);
            }

            var result = ConfigurationParser.Parse(environment.DisplayPath(path), text);
            configuration = result.Configuration;
            diagnostics.AddRange(result.Diagnostics);
        }

        foreach (var option in ruleSettings)
        {
            if (ConfigurationParser.ParseRuleOption(option, out var problem) is { } setting)
            {
                configuration = configuration.WithRule(setting);
            }
            else
            {
                diagnostics.Add(problem!);
            }
        }

        foreach (var option in severitySettings)
        {
            if (ConfigurationParser.ParseSeverityOption(option, out var problem) is { } setting)
            {
                configuration = configuration.WithSeverity(setting);
            }
            else
            {
                diagnostics.Add(problem!);
            }
        }

        var root = path is not null ? Path.GetDirectoryName(path)! : repositoryRoot ?? environment.CurrentDirectory;
        return new LoadedConfiguration(configuration, root, diagnostics);
    }
}
