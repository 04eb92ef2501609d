using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Text;

namespace Tamer.Spec.Reporting;

/// <summary>
/// SARIF 2.1.0. The tool's driver is <c>tamer-lint</c> (its rules: the engine's own diagnostics);
/// each selected rule pack is a tool extension with its semantic version and the rules of the
/// selected version. Results point at their rule through the extension, carry a region with
/// 1-based lines and UTF-16 columns (end column exclusive), and keep justified suppressions as
/// SARIF suppressions.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    /// <summary>The schema the report declares.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private const string SourceRoot = "%SRCROOT%";

    /// <inheritdoc />
    public void Write(LintResult result, ToolInfo tool, TextWriter output)
    {
        var components = result.Rules.Select(r => new Component(r)).ToList();
        var json = new JsonWriter(output);
        json.StartObject();
        json.Property("$schema", SchemaUri);
        json.Property("version", "2.1.0");
        json.Name("runs").StartArray().StartObject();
        WriteTool(json, tool, components);
        if (tool.BaseDirectory is { } baseDirectory)
        {
            json.Name("originalUriBaseIds").StartObject()
                .Name(SourceRoot).StartObject().Property("uri", DirectoryUri(baseDirectory)).EndObject()
                .EndObject();
        }

        WriteInvocation(json, result);
        json.Property("columnKind", "utf16CodeUnits");
        json.Name("results").StartArray();
        var rules = new RuleIndex(components);
        foreach (var file in result.Files)
        {
            var uri = RelativeUri(file.Path);
            foreach (var diagnostic in file.Diagnostics.Concat(file.SuppressedDiagnostics).OrderBy(d => d.Location!.Span.Start))
            {
                // A diagnostic located in another file of the Work Item (a Spec Kit feature's tasks.md) points there.
                var path = diagnostic.Location!.Path;
                WriteResult(json, diagnostic, rules, string.Equals(path, file.Path, StringComparison.Ordinal) ? uri : RelativeUri(path), file.Document.Text);
            }
        }

        json.EndArray();
        json.EndObject().EndArray();
        json.EndObject();
    }

    private static void WriteTool(JsonWriter json, ToolInfo tool, IReadOnlyList<Component> components)
    {
        json.Name("tool").StartObject();
        json.Name("driver").StartObject()
            .Property("name", tool.Name)
            .Property("version", tool.Version)
            .Property("semanticVersion", tool.Version)
            .Property("informationUri", tool.InformationUri);
        json.Name("rules").StartArray();
        foreach (var descriptor in EngineDiagnostics.All)
        {
            WriteRule(json, descriptor);
        }

        json.EndArray();
        json.EndObject();
        json.Name("extensions").StartArray();
        foreach (var component in components)
        {
            json.StartObject()
                .Property("name", component.Rule.Reference.Axis)
                .Property("version", component.Rule.Reference.Version.ToNormalizedString())
                .Property("semanticVersion", component.Rule.Reference.Version.ToNormalizedString())
                .Property("fullName", component.Rule.Reference.Axis + " rule " + component.Rule.Reference.Version.ToNormalizedString())
                .Name("shortDescription").StartObject().Property("text", component.Rule.Pack.Description).EndObject();
            json.Name("rules").StartArray();
            foreach (var descriptor in component.Descriptors)
            {
                WriteRule(json, descriptor);
            }

            json.EndArray();
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
    }

    private static void WriteRule(JsonWriter json, DiagnosticDescriptor descriptor)
    {
        json.StartObject()
            .Property("id", descriptor.Id)
            .Property("name", RuleName(descriptor.Title))
            .Name("shortDescription").StartObject().Property("text", descriptor.Title).EndObject()
            .Name("messageStrings").StartObject()
                .Name("default").StartObject().Property("text", descriptor.MessageFormat).EndObject()
            .EndObject()
            .Property("helpUri", descriptor.HelpUri.AbsoluteUri)
            .Name("defaultConfiguration").StartObject()
                .Property("enabled", descriptor.DefaultSeverity != DiagnosticSeverity.None)
                .Property("level", Level(descriptor.DefaultSeverity))
            .EndObject()
            .Name("properties").StartObject().Property("fix", descriptor.FixKind.ToString().ToLowerInvariant()).EndObject()
            .EndObject();
    }

    private static void WriteInvocation(JsonWriter json, LintResult result)
    {
        json.Name("invocations").StartArray().StartObject();
        json.Property("executionSuccessful", !result.HasConfigurationErrors);
        json.Name("toolExecutionNotifications").StartArray();
        foreach (var diagnostic in result.RunDiagnostics)
        {
            json.StartObject()
                .Name("descriptor").StartObject().Property("id", diagnostic.Id).EndObject()
                .Property("level", Level(diagnostic.Severity))
                .Name("message").StartObject().Property("text", diagnostic.Message).EndObject()
                .EndObject();
        }

        json.EndArray();
        json.EndObject().EndArray();
    }

    private static void WriteResult(JsonWriter json, Diagnostic diagnostic, RuleIndex rules, string uri, SourceText text)
    {
        var location = diagnostic.Location!;
        json.StartObject();
        json.Property("ruleId", diagnostic.Id);
        if (rules.Find(diagnostic) is { } rule)
        {
            json.Property("ruleIndex", rule.RuleIndex);
            json.Name("rule").StartObject()
                .Property("id", diagnostic.Id)
                .Property("index", rule.RuleIndex)
                .Name("toolComponent").StartObject().Property("name", diagnostic.Rule.Axis).Property("index", rule.ComponentIndex).EndObject()
                .EndObject();
        }
        else if (rules.FindEngineRule(diagnostic.Id) is { } engineIndex)
        {
            json.Property("ruleIndex", engineIndex);
        }

        json.Property("level", Level(diagnostic.Severity));
        json.Name("message").StartObject().Property("text", diagnostic.Message).EndObject();
        json.Name("locations").StartArray().StartObject()
            .Name("physicalLocation").StartObject()
                .Name("artifactLocation").StartObject().Property("uri", uri).Property("uriBaseId", SourceRoot).EndObject()
                .Name("region").StartObject()
                    .Property("startLine", location.Start.Line)
                    .Property("startColumn", location.Start.Column)
                    .Property("endLine", location.End.Line)
                    .Property("endColumn", location.End.Column)
                .EndObject()
            .EndObject()
            .EndObject().EndArray();
        if (diagnostic.SuppressionJustification is { } justification)
        {
            json.Name("suppressions").StartArray().StartObject()
                .Property("kind", "inSource")
                .Property("status", "accepted")
                .Property("justification", justification)
                .EndObject().EndArray();
        }

        if (diagnostic.Fixes.Count > 0)
        {
            WriteFixes(json, diagnostic, uri, text);
        }

        json.Name("properties").StartObject()
            .Property("axis", diagnostic.Rule.Axis)
            .Property("ruleVersion", diagnostic.Rule.Version.ToNormalizedString());
        JsonReportWriter.WriteRelatedWorkItems(json, diagnostic);
        json.EndObject();
        json.EndObject();
    }

    // Each fix as a SARIF fix: its title, and its edits as replacements of line/column regions of
    // the file (an empty region is an insertion point).
    private static void WriteFixes(JsonWriter json, Diagnostic diagnostic, string uri, SourceText text)
    {
        json.Name("fixes").StartArray();
        foreach (var fix in diagnostic.Fixes)
        {
            json.StartObject();
            json.Name("description").StartObject().Property("text", fix.Title).EndObject();
            json.Name("artifactChanges").StartArray().StartObject();
            json.Name("artifactLocation").StartObject().Property("uri", uri).Property("uriBaseId", SourceRoot).EndObject();
            json.Name("replacements").StartArray();
            foreach (var edit in fix.Edits)
            {
                var start = text.GetPosition(edit.Span.Start);
                var end = text.GetPosition(edit.Span.End);
                json.StartObject()
                    .Name("deletedRegion").StartObject()
                        .Property("startLine", start.Line)
                        .Property("startColumn", start.Column)
                        .Property("endLine", end.Line)
                        .Property("endColumn", end.Column)
                    .EndObject()
                    .Name("insertedContent").StartObject().Property("text", edit.NewText).EndObject()
                    .EndObject();
            }

            json.EndArray();
            json.EndObject().EndArray();
            json.Name("properties").StartObject().Property("kind", fix.Kind.ToName()).EndObject();
            json.EndObject();
        }

        json.EndArray();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static string RuleName(string title) =>
        string.Concat(title.Split(' ', '-').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));

    private static string RelativeUri(string path) =>
        string.Join("/", path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(directory.EndsWith("/", StringComparison.Ordinal) || directory.EndsWith("\\", StringComparison.Ordinal) ? directory : directory + "/", UriKind.Absolute);
        return uri.AbsoluteUri;
    }

    private sealed class Component
    {
        public Component(SelectedRule rule)
        {
            Rule = rule;
            Descriptors = rule.Rule.SupportedDiagnostics.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        }

        public SelectedRule Rule { get; }

        public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }
    }

    // Where each result's rule is in the report, found in constant time: the component of the rule
    // version that reported it and the rule's index there, or the driver's index of an engine rule.
    private sealed class RuleIndex
    {
        private readonly Dictionary<(RuleReference Rule, string Id), (int ComponentIndex, int RuleIndex)> _byRule = new();
        private readonly Dictionary<string, int> _engine = new(StringComparer.Ordinal);

        public RuleIndex(IReadOnlyList<Component> components)
        {
            for (var c = 0; c < components.Count; c++)
            {
                var descriptors = components[c].Descriptors;
                for (var r = 0; r < descriptors.Count; r++)
                {
                    var key = (components[c].Rule.Reference, descriptors[r].Id);
                    if (!_byRule.ContainsKey(key))
                    {
                        _byRule.Add(key, (c, r));
                    }
                }
            }

            for (var i = 0; i < EngineDiagnostics.All.Length; i++)
            {
                if (!_engine.ContainsKey(EngineDiagnostics.All[i].Id))
                {
                    _engine.Add(EngineDiagnostics.All[i].Id, i);
                }
            }
        }

        public (int ComponentIndex, int RuleIndex)? Find(Diagnostic diagnostic) =>
            _byRule.TryGetValue((diagnostic.Rule, diagnostic.Id), out var found) ? found : null;

        public int? FindEngineRule(string id) => _engine.TryGetValue(id, out var index) ? index : null;
    }
}
