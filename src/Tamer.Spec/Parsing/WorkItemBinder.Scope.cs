using System;
using System.Collections.Generic;
using Tamer.Spec.Model;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Parsing;

/// <summary>Reading <c>scope</c> in its format-2 and legacy shapes.</summary>
internal sealed partial class WorkItemBinder
{
    private const string ScopeExpected = "a mapping with write, read_only, forbidden and extend_scope";

    private ScopeDeclaration ReadScope(YamlMappingEntry entry)
    {
        var keySpan = entry.Key.Span;
        switch (entry.Value)
        {
            case YamlScalar { IsNull: true } empty:
                return new ScopeDeclaration(ScopeShape.Empty, keySpan, empty, null, null, null, null, Array.Empty<PathEntry>());
            case YamlSequence sequence:
                return new ScopeDeclaration(ScopeShape.LegacyList, keySpan, sequence, null, null, null, null, ReadPaths("scope", sequence, ScopeAccess.Write));
            case YamlMapping mapping:
                return ReadScopeMapping(keySpan, mapping);
            default:
                WrongType("scope", entry.Value, ScopeExpected);
                return new ScopeDeclaration(ScopeShape.Invalid, keySpan, entry.Value, null, null, null, null, Array.Empty<PathEntry>());
        }
    }

    private ScopeDeclaration ReadScopeMapping(Tamer.Spec.Text.TextSpan keySpan, YamlMapping mapping)
    {
        var legacy = mapping.Find(WorkItemFormat.LegacyScopePathsKey);
        var write = legacy is null ? null : mapping.Find("write");

        // 'paths' is the format-1 name of 'write'; beside format-2 keys it is a half-done migration,
        // still legacy, unless 'write' is there too (then 'paths' is just an unknown key).
        var isLegacy = legacy is not null && write is null;
        IReadOnlyList<PathEntry> legacyPaths = Array.Empty<PathEntry>();
        PathList? writeList = null, readOnly = null, forbidden = null;
        BooleanValue? extendScope = null;
        foreach (var item in mapping.Entries)
        {
            switch (item.KeyText)
            {
                case WorkItemFormat.LegacyScopePathsKey when isLegacy:
                    legacyPaths = item.Value switch
                    {
                        YamlSequence sequence => ReadPaths("scope.paths", sequence, ScopeAccess.Write),
                        YamlScalar { IsNull: true } => Array.Empty<PathEntry>(),
                        _ => WrongTypeNoPaths("scope.paths", item.Value),
                    };
                    break;
                case "write":
                    writeList = ReadPathList(item, ScopeAccess.Write);
                    break;
                case "read_only":
                    readOnly = ReadPathList(item, ScopeAccess.ReadOnly);
                    break;
                case "forbidden":
                    forbidden = ReadPathList(item, ScopeAccess.Forbidden);
                    break;
                case "extend_scope":
                    extendScope = ReadBoolean(item, "scope.extend_scope");
                    break;
                default:
                    UnknownKeyIn(item, "scope", WorkItemFormat.ScopeKeys);
                    break;
            }
        }

        return isLegacy
            ? new ScopeDeclaration(ScopeShape.LegacyPaths, keySpan, mapping, null, readOnly, forbidden, extendScope, legacyPaths)
            : new ScopeDeclaration(ScopeShape.Mapping, keySpan, mapping, writeList, readOnly, forbidden, extendScope, Array.Empty<PathEntry>());
    }

    private PathList ReadPathList(YamlMappingEntry entry, ScopeAccess access)
    {
        var key = "scope." + entry.KeyText;
        IReadOnlyList<PathEntry> paths = entry.Value switch
        {
            YamlSequence sequence => ReadPaths(key, sequence, access),
            YamlScalar { IsNull: true } => Array.Empty<PathEntry>(),
            YamlScalar single => WrongTypeSinglePath(key, single, access),
            _ => WrongTypeNoPaths(key, entry.Value),
        };
        return new PathList(access, entry.Key.Span, entry.Value, paths);
    }

    private List<PathEntry> ReadPaths(string key, YamlSequence sequence, ScopeAccess access)
    {
        var paths = new List<PathEntry>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { IsNull: false } scalar)
            {
                paths.Add(new PathEntry(access, scalar));
            }
            else
            {
                WrongType(key, item, "a path");
            }
        }

        return paths;
    }

    // A lone path where a list belongs: reported, and still read as a one-path list.
    private PathEntry[] WrongTypeSinglePath(string key, YamlScalar single, ScopeAccess access)
    {
        WrongType(key, single, "a list of paths");
        return new[] { new PathEntry(access, single) };
    }

    private PathEntry[] WrongTypeNoPaths(string key, YamlNode value)
    {
        WrongType(key, value, "a list of paths");
        return Array.Empty<PathEntry>();
    }

    private BooleanValue ReadBoolean(YamlMappingEntry entry, string key)
    {
        if (entry.Value is YamlScalar scalar && scalar.TryGetBoolean(out var value))
        {
            return new BooleanValue(entry.Key.Span, entry.Value, value);
        }

        var found = Found(entry.Value);
        var suggestion = entry.Value is YamlScalar text ? BooleanMeant(text.Value) : null;
        _parts.SchemaProblems.Add(new SchemaProblem(SchemaProblemKind.WrongType, entry.Value.Span, key, container: null, found, "true or false", suggestion));
        return new BooleanValue(entry.Key.Span, entry.Value, null);
    }

    // YAML 1.1 spellings and quoted booleans that an author most likely meant as a boolean.
    private static string? BooleanMeant(string text) => text.Trim().ToLowerInvariant() switch
    {
        "false" or "no" or "n" or "off" => "false",
        "true" or "yes" or "y" or "on" => "true",
        _ => null,
    };
}
