using System;
using System.IO;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;

namespace Tamer.Spec.Reporting;

/// <summary>
/// The JSON report, version 1: tool, selected rules, each file with its diagnostics, and a summary.
/// Paths are as the host gave them (the CLI: relative to the working directory, with <c>/</c>).
/// Positions are 1-based; <c>endColumn</c> is exclusive. Optional fields appear only when they
/// apply: <c>fixTitle</c> when a fix is offered, <c>summary.baselined</c> when a baseline hides diagnostics, <c>relatedWorkItems</c> when the diagnostic is
/// about other Work Items.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The report format version.</summary>
    public const int FormatVersion = 1;

    /// <inheritdoc />
    public void Write(LintResult result, ToolInfo tool, TextWriter output)
    {
        var json = new JsonWriter(output);
        json.StartObject();
        json.Property("version", FormatVersion);
        json.Name("tool").StartObject().Property("name", tool.Name).Property("version", tool.Version).EndObject();
        json.Name("rules").StartArray();
        foreach (var rule in result.Rules)
        {
            json.StartObject().Property("axis", rule.Reference.Axis).Property("version", rule.Reference.Version.ToNormalizedString()).EndObject();
        }

        json.EndArray();
        json.Name("files").StartArray();
        foreach (var file in result.Files)
        {
            json.StartObject();
            json.Property("path", file.Path);
            json.Property("id", file.Id);
            json.Property("refused", file.IsRefused);
            json.Name("diagnostics").StartArray();
            foreach (var diagnostic in file.Diagnostics)
            {
                WriteDiagnostic(json, diagnostic, file.Path);
            }

            json.EndArray();
            json.EndObject();
        }

        json.EndArray();
        var summary = result.Summary;
        json.Name("summary").StartObject()
            .Property("files", summary.Files)
            .Property("refused", summary.Refused)
            .Property("errors", summary.Errors)
            .Property("warnings", summary.Warnings)
            .Property("infos", summary.Infos);
        if (summary.Baselined > 0)
        {
            json.Property("baselined", summary.Baselined);
        }

        json.EndObject();
        json.EndObject();
    }

    // A diagnostic located in another file of the Work Item (a Spec Kit feature's tasks.md) names that file.
    private static void WriteDiagnostic(JsonWriter json, Diagnostic diagnostic, string filePath)
    {
        var location = diagnostic.Location!;
        json.StartObject()
            .Property("id", diagnostic.Id);
        if (!string.Equals(location.Path, filePath, StringComparison.Ordinal))
        {
            json.Property("path", location.Path);
        }

        json
            .Property("severity", diagnostic.Severity.ToName())
            .Property("axis", diagnostic.Rule.Axis)
            .Property("ruleVersion", diagnostic.Rule.Version.ToNormalizedString())
            .Property("message", diagnostic.Message)
            .Property("line", location.Start.Line)
            .Property("column", location.Start.Column)
            .Property("endLine", location.End.Line)
            .Property("endColumn", location.End.Column)
            .Property("fix", diagnostic.Fix.ToName());
        if (diagnostic.Fixes.Count > 0)
        {
            json.Property("fixTitle", diagnostic.Fixes[0].Title);
        }

        WriteRelatedWorkItems(json, diagnostic);
        json.EndObject();
    }

    /// <summary>
    /// <c>"relatedWorkItems": [ { "id": …, "status": …, "sharedPath": … } ]</c>, one a line, when the
    /// diagnostic is about other Work Items (see <see cref="RelatedWorkItems"/>); nothing otherwise.
    /// The SARIF report writes the same array in a result's property bag.
    /// </summary>
    internal static void WriteRelatedWorkItems(JsonWriter json, Diagnostic diagnostic)
    {
        var related = RelatedWorkItems.Of(diagnostic);
        if (related.Count == 0)
        {
            return;
        }

        json.Name(RelatedWorkItems.PropertyName).StartArray();
        foreach (var item in related)
        {
            json.StartInlineObject().Property("id", item.Id).Property("status", item.Status).Property("sharedPath", item.SharedPath).EndObject();
        }

        json.EndArray();
    }
}
