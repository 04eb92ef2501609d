using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Tamer.Spec.Mcp;

/// <summary>
/// A call's arguments, read with the checks the input schema states: an argument of the wrong type
/// or a required one that is missing is a <see cref="ToolInputException"/> naming it.
/// </summary>
public sealed class ToolArguments
{
    private readonly IDictionary<string, JsonElement> _values;

    /// <summary>Wraps the arguments of a <c>tools/call</c> (null when the client sent none).</summary>
    public ToolArguments(IDictionary<string, JsonElement>? values)
    {
        _values = values ?? new Dictionary<string, JsonElement>();
    }

    /// <summary>True when the argument is present and not null.</summary>
    public bool Has(string name) => _values.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A string argument, or null when it is absent.</summary>
    public string? OptionalString(string name)
    {
        if (!Has(name))
        {
            return null;
        }

        var value = _values[name];
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new ToolInputException("'" + name + "' must be a string");
    }

    /// <summary>A string argument that must be present and not empty.</summary>
    public string RequiredString(string name)
    {
        var value = OptionalString(name);
        return string.IsNullOrWhiteSpace(value) ? throw new ToolInputException("'" + name + "' is required: a non-empty string") : value;
    }

    /// <summary>An array of strings, or null when it is absent.</summary>
    public IReadOnlyList<string>? OptionalStrings(string name)
    {
        if (!Has(name))
        {
            return null;
        }

        var value = _values[name];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            throw new ToolInputException("'" + name + "' must be an array of strings");
        }

        return value.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    /// <summary>An array of objects whose members are strings, each as a name-to-value map, or null when it is absent.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? OptionalStringObjects(string name)
    {
        if (!Has(name))
        {
            return null;
        }

        var value = _values[name];
        if (value.ValueKind != JsonValueKind.Array
            || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object || e.EnumerateObject().Any(m => m.Value.ValueKind != JsonValueKind.String)))
        {
            throw new ToolInputException("'" + name + "' must be an array of objects whose members are strings");
        }

        return value.EnumerateArray().Select(e => (IReadOnlyDictionary<string, string>)e.EnumerateObject().ToDictionary(m => m.Name, m => m.Value.GetString()!, StringComparer.Ordinal)).ToList();
    }

    /// <summary>A boolean argument; false when absent.</summary>
    public bool Flag(string name)
    {
        if (!Has(name))
        {
            return false;
        }

        return _values[name].ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ToolInputException("'" + name + "' must be true or false"),
        };
    }

    /// <summary>Names the first argument the tool does not know, so that a misspelled one is not silently ignored.</summary>
    public void OnlyThese(params string[] known)
    {
        var unknown = _values.Keys.FirstOrDefault(k => !known.Contains(k));
        if (unknown is not null)
        {
            throw new ToolInputException("unknown argument '" + unknown + "'; this tool takes " + string.Join(", ", known.Select(k => "'" + k + "'")));
        }
    }
}
