using System.Text.Json;

namespace Tamer.Spec.Tests.Reporting;

/// <summary>
/// Checks a SARIF log against the parts of the SARIF 2.1.0 schema that our reports use: required
/// properties, value sets, positive positions, indices that resolve, and closed property sets
/// (the schema forbids properties it does not define, outside property bags).
/// </summary>
internal static class SarifShape
{
    private static readonly Dictionary<string, string[]> AllowedProperties = new()
    {
        ["log"] = ["$schema", "version", "runs", "inlineExternalProperties", "properties"],
        ["run"] = ["tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results", "automationDetails", "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences", "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses", "specialLocations", "properties"],
        ["tool"] = ["driver", "extensions", "properties"],
        ["toolComponent"] = ["guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription", "fullName", "version", "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents", "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"],
        ["reportingDescriptor"] = ["id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription", "fullDescription", "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties"],
        ["reportingConfiguration"] = ["enabled", "level", "rank", "parameters", "properties"],
        ["result"] = ["ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals", "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties"],
        ["reportingDescriptorReference"] = ["id", "index", "guid", "toolComponent", "properties"],
        ["toolComponentReference"] = ["name", "index", "guid", "properties"],
        ["invocation"] = ["commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc", "exitCode", "ruleConfigurationOverrides", "notificationConfigurationOverrides", "toolExecutionNotifications", "toolConfigurationNotifications", "exitCodeDescription", "exitSignalName", "exitSignalNumber", "processStartFailureMessage", "executionSuccessful", "machine", "account", "processId", "executableLocation", "workingDirectory", "environmentVariables", "stdin", "stdout", "stderr", "stdoutStderr", "properties"],
        ["notification"] = ["locations", "message", "level", "threadId", "timeUtc", "exception", "descriptor", "associatedRule", "properties"],
        ["message"] = ["text", "markdown", "id", "arguments", "properties"],
        ["location"] = ["id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"],
        ["physicalLocation"] = ["address", "artifactLocation", "region", "contextRegion", "properties"],
        ["artifactLocation"] = ["uri", "uriBaseId", "index", "description", "properties"],
        ["region"] = ["startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"],
        ["suppression"] = ["guid", "kind", "status", "justification", "location", "properties"],
        ["fix"] = ["description", "artifactChanges", "properties"],
        ["artifactChange"] = ["artifactLocation", "replacements", "properties"],
        ["replacement"] = ["deletedRegion", "insertedContent", "properties"],
        ["artifactContent"] = ["text", "binary", "rendered", "properties"],
    };

    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    public static IReadOnlyList<string> Violations(JsonElement log)
    {
        var violations = new List<string>();
        Closed(log, "log", "$", violations);
        Require(log.TryGetProperty("version", out var version) && version.GetString() == "2.1.0", "$.version is 2.1.0", violations);
        Require(log.TryGetProperty("runs", out var runs) && runs.ValueKind == JsonValueKind.Array, "$.runs is an array", violations);
        if (violations.Count > 0)
        {
            return violations;
        }

        var runIndex = 0;
        foreach (var run in runs.EnumerateArray())
        {
            CheckRun(run, "$.runs[" + runIndex++ + "]", violations);
        }

        return violations;
    }

    private static void CheckRun(JsonElement run, string path, List<string> violations)
    {
        Closed(run, "run", path, violations);
        var tool = run.GetProperty("tool");
        Closed(tool, "tool", path + ".tool", violations);
        var driver = tool.GetProperty("driver");
        CheckComponent(driver, path + ".tool.driver", violations);
        var extensions = tool.TryGetProperty("extensions", out var list) ? list.EnumerateArray().ToList() : [];
        for (var i = 0; i < extensions.Count; i++)
        {
            CheckComponent(extensions[i], path + ".tool.extensions[" + i + "]", violations);
        }

        if (run.TryGetProperty("columnKind", out var columnKind))
        {
            Require(columnKind.GetString() is "utf16CodeUnits" or "unicodeCodePoints", path + ".columnKind is known", violations);
        }

        if (run.TryGetProperty("originalUriBaseIds", out var bases))
        {
            foreach (var entry in bases.EnumerateObject())
            {
                Closed(entry.Value, "artifactLocation", path + ".originalUriBaseIds." + entry.Name, violations);
                var uri = entry.Value.GetProperty("uri").GetString()!;
                Require(Uri.IsWellFormedUriString(uri, UriKind.Absolute) && uri.EndsWith('/'), path + " base URI is absolute and ends with '/'", violations);
            }
        }

        foreach (var invocation in run.GetProperty("invocations").EnumerateArray())
        {
            Closed(invocation, "invocation", path + ".invocations[]", violations);
            Require(invocation.TryGetProperty("executionSuccessful", out var ok) && ok.ValueKind is JsonValueKind.True or JsonValueKind.False, "executionSuccessful is a boolean", violations);
            foreach (var notification in invocation.GetProperty("toolExecutionNotifications").EnumerateArray())
            {
                Closed(notification, "notification", path + ".invocations[].toolExecutionNotifications[]", violations);
                CheckMessage(notification.GetProperty("message"), path, violations);
            }
        }

        var results = run.GetProperty("results").EnumerateArray().ToList();
        for (var i = 0; i < results.Count; i++)
        {
            CheckResult(results[i], path + ".results[" + i + "]", driver, extensions, violations);
        }
    }

    private static void CheckComponent(JsonElement component, string path, List<string> violations)
    {
        Closed(component, "toolComponent", path, violations);
        Require(component.TryGetProperty("name", out var name) && name.GetString()!.Length > 0, path + ".name is required", violations);
        if (!component.TryGetProperty("rules", out var rules))
        {
            return;
        }

        foreach (var rule in rules.EnumerateArray())
        {
            Closed(rule, "reportingDescriptor", path + ".rules[]", violations);
            Require(rule.TryGetProperty("id", out _), path + ".rules[].id is required", violations);
            if (rule.TryGetProperty("helpUri", out var help))
            {
                Require(Uri.IsWellFormedUriString(help.GetString(), UriKind.Absolute), path + ".rules[].helpUri is absolute", violations);
            }

            if (rule.TryGetProperty("defaultConfiguration", out var configuration))
            {
                Closed(configuration, "reportingConfiguration", path + ".rules[].defaultConfiguration", violations);
                Require(Levels.Contains(configuration.GetProperty("level").GetString()), path + ".rules[].defaultConfiguration.level is a SARIF level", violations);
            }
        }
    }

    private static void CheckResult(JsonElement result, string path, JsonElement driver, IReadOnlyList<JsonElement> extensions, List<string> violations)
    {
        Closed(result, "result", path, violations);
        CheckMessage(result.GetProperty("message"), path, violations);
        Require(Levels.Contains(result.GetProperty("level").GetString()), path + ".level is a SARIF level", violations);
        var ruleId = result.GetProperty("ruleId").GetString();
        var component = driver;
        if (result.TryGetProperty("rule", out var reference))
        {
            Closed(reference, "reportingDescriptorReference", path + ".rule", violations);
            var toolComponent = reference.GetProperty("toolComponent");
            Closed(toolComponent, "toolComponentReference", path + ".rule.toolComponent", violations);
            var index = toolComponent.GetProperty("index").GetInt32();
            Require(index >= 0 && index < extensions.Count, path + ".rule.toolComponent.index resolves", violations);
            component = index >= 0 && index < extensions.Count ? extensions[index] : driver;
        }

        if (result.TryGetProperty("ruleIndex", out var ruleIndex))
        {
            var rules = component.GetProperty("rules");
            var i = ruleIndex.GetInt32();
            Require(i >= 0 && i < rules.GetArrayLength() && rules[i].GetProperty("id").GetString() == ruleId, path + ".ruleIndex names the rule " + ruleId, violations);
        }

        foreach (var location in result.GetProperty("locations").EnumerateArray())
        {
            Closed(location, "location", path + ".locations[]", violations);
            var physical = location.GetProperty("physicalLocation");
            Closed(physical, "physicalLocation", path + ".locations[].physicalLocation", violations);
            var artifact = physical.GetProperty("artifactLocation");
            Closed(artifact, "artifactLocation", path + ".locations[].physicalLocation.artifactLocation", violations);
            Require(Uri.IsWellFormedUriString(artifact.GetProperty("uri").GetString(), UriKind.RelativeOrAbsolute), path + " artifact uri is a URI", violations);
            var region = physical.GetProperty("region");
            Closed(region, "region", path + ".locations[].physicalLocation.region", violations);
            int startLine = region.GetProperty("startLine").GetInt32(), startColumn = region.GetProperty("startColumn").GetInt32();
            int endLine = region.GetProperty("endLine").GetInt32(), endColumn = region.GetProperty("endColumn").GetInt32();
            Require(startLine >= 1 && startColumn >= 1 && endLine >= startLine && endColumn >= 1 && (endLine > startLine || endColumn >= startColumn), path + " region is well-formed", violations);
        }

        if (result.TryGetProperty("fixes", out var fixes))
        {
            foreach (var fix in fixes.EnumerateArray())
            {
                Closed(fix, "fix", path + ".fixes[]", violations);
                CheckMessage(fix.GetProperty("description"), path + ".fixes[].description", violations);
                var changes = fix.GetProperty("artifactChanges").EnumerateArray().ToList();
                Require(changes.Count >= 1, path + ".fixes[].artifactChanges has at least one change", violations);
                foreach (var change in changes)
                {
                    Closed(change, "artifactChange", path + ".fixes[].artifactChanges[]", violations);
                    Closed(change.GetProperty("artifactLocation"), "artifactLocation", path + ".fixes[].artifactChanges[].artifactLocation", violations);
                    var replacements = change.GetProperty("replacements").EnumerateArray().ToList();
                    Require(replacements.Count >= 1, path + " an artifact change has at least one replacement", violations);
                    foreach (var replacement in replacements)
                    {
                        Closed(replacement, "replacement", path + ".fixes[].artifactChanges[].replacements[]", violations);
                        var deleted = replacement.GetProperty("deletedRegion");
                        Closed(deleted, "region", path + ".fixes[].artifactChanges[].replacements[].deletedRegion", violations);
                        Require(deleted.GetProperty("startLine").GetInt32() >= 1 && deleted.GetProperty("startColumn").GetInt32() >= 1, path + " a deleted region starts at a real position", violations);
                        if (replacement.TryGetProperty("insertedContent", out var inserted))
                        {
                            Closed(inserted, "artifactContent", path + ".fixes[].artifactChanges[].replacements[].insertedContent", violations);
                        }
                    }
                }
            }
        }

        if (result.TryGetProperty("suppressions", out var suppressions))
        {
            foreach (var suppression in suppressions.EnumerateArray())
            {
                Closed(suppression, "suppression", path + ".suppressions[]", violations);
                Require(suppression.GetProperty("kind").GetString() is "inSource" or "external", path + ".suppressions[].kind is known", violations);
                Require(suppression.GetProperty("status").GetString() is "accepted" or "underReview" or "rejected", path + ".suppressions[].status is known", violations);
            }
        }
    }

    private static void CheckMessage(JsonElement message, string path, List<string> violations)
    {
        Closed(message, "message", path + ".message", violations);
        Require(message.TryGetProperty("text", out var text) && text.GetString()!.Length > 0, path + ".message.text is required", violations);
    }

    private static void Closed(JsonElement element, string kind, string path, List<string> violations)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!AllowedProperties[kind].Contains(property.Name))
            {
                violations.Add(path + " has a property the schema does not define: " + property.Name);
            }
        }
    }

    private static void Require(bool condition, string what, List<string> violations)
    {
        if (!condition)
        {
            violations.Add("expected: " + what);
        }
    }
}
