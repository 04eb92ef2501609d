using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Reporting;
using Tamer.Spec.Repository;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// <c>tamer-lint config [FILE]</c>: the effective configuration, for one Work Item file when
/// given: each axis's rule version and each diagnostic's severity, with where it came from (the
/// default, a line of <c>.tamer.yml</c>, a path override there, or the command line). Text or
/// JSON (docs/reports.md).
/// </summary>
internal sealed class ConfigRunner
{
    private readonly CliSessions _sessions;
    private readonly CliEnvironment _environment;

    public ConfigRunner(CliSessions sessions, CliEnvironment environment)
    {
        _sessions = sessions;
        _environment = environment;
    }

    public int Run(string? file, ReportFormat format, string? configurationFile, IReadOnlyList<string> ruleSettings, IReadOnlyList<string> severitySettings)
    {
        var full = file is null ? null : _environment.Resolve(file);
        if (full is not null && !File.Exists(full))
        {
            throw new UsageException("no such file: " + file);
        }

        var start = full is null ? _environment.CurrentDirectory : Path.GetDirectoryName(full)!;
        var repositoryRoot = RepositoryRoot.Find(start);
        var session = _sessions.Open(configurationFile, start, repositoryRoot, ruleSettings, severitySettings);
        var tool = ToolInfo.TamerLint();
        foreach (var problem in session.Problems)
        {
            _environment.Error.WriteLine(TextReportWriter.Line(problem, tool));
        }

        if (session.Failed)
        {
            return ExitCodes.UsageError;
        }

        var configuration = session.Configuration;
        var relative = full is null ? null : session.RelativePath(full);
        var selection = session.Engine.SelectRules(configuration).Rules;
        var rules = selection
            .Select(r => (Axis: r.Pack.Axis, Version: r.Rule.Version.ToNormalizedString(), Source: SettingSource.OfRule(configuration, r.Pack.Axis)))
            .Concat(session.Engine.Packs.Where(p => configuration.FindRule(p.Axis) is { IsOff: true }).Select(p => (Axis: p.Axis, Version: "off", Source: SettingSource.OfRule(configuration, p.Axis))))
            .ToList();
        var severities = session.Engine.Descriptors.OrderBy(d => d.Id, System.StringComparer.Ordinal)
            .Select(d => (d.Id, Severity: (configuration.FindSeverity(d.Id, relative)?.Severity ?? d.DefaultSeverity).ToName(), Source: SettingSource.OfSeverity(configuration, d.Id, relative)))
            .ToList();
        var settings = selection
            .SelectMany(r => r.Pack.Settings.Select(s => (Axis: r.Pack.Axis, s.Name, Value: r.Settings.Get(s), Source: SettingSource.OfPackSetting(configuration, r.Pack.Axis, s.Name))))
            .ToList();
        var configurationPath = session.ConfigurationPath is null ? null : _environment.DisplayPath(session.ConfigurationPath);
        var shownFile = full is null ? null : _environment.DisplayPath(full);
        if (format == ReportFormat.Json)
        {
            var json = new JsonWriter(_environment.Output);
            json.StartObject().Property("version", 1).Property("configuration", configurationPath).Property("file", shownFile);
            json.Name("rules").StartArray();
            foreach (var (axis, version, source) in rules)
            {
                json.StartInlineObject().Property("axis", axis).Property("version", version);
                WriteSource(json, source);
                json.EndObject();
            }

            json.EndArray();
            json.Name("settings").StartArray();
            foreach (var (axis, name, value, source) in settings)
            {
                json.StartInlineObject().Property("axis", axis).Property("name", name).Property("value", value);
                WriteSource(json, source);
                json.EndObject();
            }

            json.EndArray();
            json.Name("severities").StartArray();
            foreach (var (id, severity, source) in severities)
            {
                json.StartInlineObject().Property("id", id).Property("severity", severity);
                WriteSource(json, source);
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
            _environment.Output.WriteLine();
            return ExitCodes.Success;
        }

        var output = _environment.Output;
        output.WriteLine("configuration: " + (configurationPath ?? "none (the defaults)"));
        if (shownFile is not null)
        {
            output.WriteLine("file: " + shownFile);
        }

        output.WriteLine("rules:");
        foreach (var (axis, version, source) in rules)
        {
            output.WriteLine("  " + axis + " " + version + " (" + source + ")");
        }

        if (settings.Count > 0)
        {
            output.WriteLine("settings:");
            foreach (var (axis, name, value, source) in settings)
            {
                output.WriteLine("  " + axis + "." + name + " " + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + source + ")");
            }
        }

        output.WriteLine("severity:");
        foreach (var (id, severity, source) in severities)
        {
            output.WriteLine("  " + id + " " + severity + " (" + source + ")");
        }

        return ExitCodes.Success;
    }

    private static void WriteSource(JsonWriter json, SettingSource source)
    {
        json.Property("source", source.Kind).Property("path", source.Location?.Path);
        if (source.Location is { } location)
        {
            json.Property("line", location.Start.Line);
        }
        else
        {
            json.Name("line").Value((string?)null);
        }
    }
}
