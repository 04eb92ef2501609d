using System;
using System.Collections.Generic;
using Tamer.Spec.Model;
using Tamer.Spec.Text;

namespace Tamer.Spec.Parsing;

/// <summary>
/// How a frontmatter format names the Work Item's keys and values: the native format, or a
/// format a profile reads with the same binder (Backlog.md names <c>depends_on</c>
/// <c>dependencies</c> and has its own statuses and criterion numbering).
/// </summary>
internal sealed class BindingDialect
{
    private static readonly IReadOnlyDictionary<string, string> NoAliases = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The native format (spec format 2): no aliases, its own statuses and <c>AC-n:</c> prefixes.</summary>
    public static BindingDialect Native { get; } = new(
        NoAliases,
        WorkItemFormat.MetadataKeys,
        WorkItemFormat.StatusValues,
        value => WorkItemFormat.ParseStatus(value) is var status && status != WorkItemStatus.Unknown ? status : null,
        CriterionPrefix.Split,
        CriterionIdForm.AcNumber);

    public BindingDialect(
        IReadOnlyDictionary<string, string> keyAliases,
        IReadOnlyList<string> ignoredKeys,
        IReadOnlyList<string> statusValues,
        Func<string, WorkItemStatus?> parseStatus,
        Func<SourcedText, (string? Id, TextSpan? IdSpan, SourcedText Text)> splitCriterion,
        CriterionIdForm criterionIds)
    {
        KeyAliases = keyAliases;
        IgnoredKeys = ignoredKeys;
        StatusValues = statusValues;
        ParseStatus = parseStatus;
        SplitCriterion = splitCriterion;
        CriterionIds = criterionIds;
    }

    /// <summary>A key of the format that means a native key (<c>dependencies</c> → <c>depends_on</c>).</summary>
    public IReadOnlyDictionary<string, string> KeyAliases { get; }

    /// <summary>Keys the format has that the gate ignores on purpose.</summary>
    public IReadOnlyList<string> IgnoredKeys { get; }

    /// <summary>The status values the format knows, for messages.</summary>
    public IReadOnlyList<string> StatusValues { get; }

    /// <summary>Reads a status value; null when the format does not know it.</summary>
    public Func<string, WorkItemStatus?> ParseStatus { get; }

    /// <summary>Splits a criterion's id off its text.</summary>
    public Func<SourcedText, (string? Id, TextSpan? IdSpan, SourcedText Text)> SplitCriterion { get; }

    /// <summary>How the format writes a criterion's id, which <see cref="SplitCriterion"/> reads.</summary>
    public CriterionIdForm CriterionIds { get; }

    /// <summary>The native key a written key means.</summary>
    public string Meaning(string key) => KeyAliases.TryGetValue(key, out var native) ? native : key;
}
