using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Reporting;
using Tamer.Spec.Repository;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// <c>tamer-lint rules</c>: every available axis with its versions (and the one the current
/// configuration selects) and every diagnostic with its default severity, fix kind and docs page.
/// </summary>
internal sealed class RulesRunner
{
    private readonly CliSessions _sessions;
    private readonly CliEnvironment _environment;

    public RulesRunner(CliSessions sessions, CliEnvironment environment)
    {
        _sessions = sessions;
        _environment = environment;
    }

    public int Run(ReportFormat format, string? configurationFile, IReadOnlyList<string> ruleSettings)
    {
        var repositoryRoot = RepositoryRoot.Find(_environment.CurrentDirectory);
        var session = _sessions.Open(configurationFile, _environment.CurrentDirectory, repositoryRoot, ruleSettings, []);
        var engine = session.Engine;
        var selection = engine.SelectRules(session.Configuration);
        var tool = ToolInfo.TamerLint();
        foreach (var problem in session.Problems.Concat(engine.PackProblems))
        {
            _environment.Error.WriteLine(TextReportWriter.Line(problem, tool));
        }

        if (session.Problems.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return ExitCodes.UsageError;
        }

        var selected = selection.Rules.ToDictionary(r => r.Pack.Axis, r => r.Rule.Version.ToNormalizedString(), StringComparer.Ordinal);
        switch (format)
        {
            case ReportFormat.Json:
                WriteJson(engine, tool, selected);
                break;
            case ReportFormat.Text:
                WriteText(engine, selected);
                break;
            default:
                throw new UsageException("rules supports --format text or json");
        }

        return ExitCodes.Success;
    }

    private void WriteText(LintEngine engine, IReadOnlyDictionary<string, string> selected)
    {
        var output = _environment.Output;
        foreach (var pack in engine.Packs)
        {
            var versions = pack.Versions.Select(v => v.Version).OrderByDescending(v => v).Select(v => v.ToNormalizedString());
            var state = selected.TryGetValue(pack.Axis, out var version) ? "uses " + version : "off";
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} ({1}; versions {2}){3}", pack.Axis, state, string.Join(", ", versions), pack.IsAlwaysOn ? ", always on" : string.Empty));
            output.WriteLine("  " + pack.Description);
            foreach (var (descriptor, inVersions) in DescriptorsOf(pack))
            {
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0} {1,-7} {2,-10} {3} (versions {4})", descriptor.Id, descriptor.DefaultSeverity.ToName(), descriptor.FixKind.ToName(), descriptor.Title, string.Join(", ", inVersions)));
            }

            output.WriteLine();
        }

        output.WriteLine("engine");
        foreach (var descriptor in EngineDiagnostics.All)
        {
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0} {1,-7} {2,-10} {3}", descriptor.Id, descriptor.DefaultSeverity.ToName(), descriptor.FixKind.ToName(), descriptor.Title));
        }
    }

    private void WriteJson(LintEngine engine, ToolInfo tool, IReadOnlyDictionary<string, string> selected)
    {
        var json = new JsonWriter(_environment.Output);
        json.StartObject();
        json.Property("version", 1);
        json.Name("tool").StartObject().Property("name", tool.Name).Property("version", tool.Version).EndObject();
        json.Name("axes").StartArray();
        foreach (var pack in engine.Packs)
        {
            json.StartObject()
                .Property("axis", pack.Axis)
                .Property("description", pack.Description)
                .Property("alwaysOn", pack.IsAlwaysOn)
                .Property("selectedVersion", selected.TryGetValue(pack.Axis, out var version) ? version : null);
            json.Name("versions").StartArray();
            foreach (var rule in pack.Versions.OrderBy(v => v.Version))
            {
                json.StartObject().Property("version", rule.Version.ToNormalizedString());
                json.Name("diagnostics").StartArray();
                foreach (var descriptor in rule.SupportedDiagnostics.OrderBy(d => d.Id, StringComparer.Ordinal))
                {
                    json.Value(descriptor.Id);
                }

                json.EndArray().EndObject();
            }

            json.EndArray();
            json.Name("diagnostics").StartArray();
            foreach (var (descriptor, _) in DescriptorsOf(pack))
            {
                WriteDescriptor(json, descriptor);
            }

            json.EndArray().EndObject();
        }

        json.EndArray();
        json.Name("engine").StartArray();
        foreach (var descriptor in EngineDiagnostics.All)
        {
            WriteDescriptor(json, descriptor);
        }

        json.EndArray();
        json.EndObject();
    }

    private static void WriteDescriptor(JsonWriter json, DiagnosticDescriptor descriptor) =>
        json.StartObject()
            .Property("id", descriptor.Id)
            .Property("title", descriptor.Title)
            .Property("severity", descriptor.DefaultSeverity.ToName())
            .Property("fix", descriptor.FixKind.ToName())
            .Property("message", descriptor.MessageFormat)
            .Property("helpUri", descriptor.HelpUri.AbsoluteUri)
            .EndObject();

    private static IEnumerable<(DiagnosticDescriptor Descriptor, IReadOnlyList<string> Versions)> DescriptorsOf(RulePack pack) =>
        pack.Versions
            .OrderBy(v => v.Version)
            .SelectMany(v => v.SupportedDiagnostics.Select(d => (Descriptor: d, Version: v.Version.ToNormalizedString())))
            .GroupBy(x => x.Descriptor.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Last().Descriptor, (IReadOnlyList<string>)g.Select(x => x.Version).ToList()));
}
