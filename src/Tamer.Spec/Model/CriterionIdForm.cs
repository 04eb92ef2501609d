using System;
using System.Globalization;

namespace Tamer.Spec.Model;

/// <summary>
/// How a Work Item's format writes a criterion's id: <c>AC-3: text</c> in the native format,
/// <c>#3 text</c> in a Backlog.md task. Fixes that number criteria write the id in this form, so
/// that a file keeps its own format.
/// </summary>
public sealed class CriterionIdForm
{
    private CriterionIdForm(string prefix, string separator)
    {
        Prefix = prefix;
        Separator = separator;
    }

    /// <summary>The native form: <c>AC-3: text</c>.</summary>
    public static CriterionIdForm AcNumber { get; } = new("AC-", ": ");

    /// <summary>The Backlog.md form: <c>#3 text</c>.</summary>
    public static CriterionIdForm HashNumber { get; } = new("#", " ");

    /// <summary>What comes before the number (<c>AC-</c>, <c>#</c>).</summary>
    public string Prefix { get; }

    /// <summary>What separates the id from the criterion's text in a list item (<c>": "</c>, <c>" "</c>).</summary>
    public string Separator { get; }

    /// <summary>The id of criterion number <paramref name="number"/> (<c>AC-3</c>, <c>#3</c>).</summary>
    public string Format(int number) => Prefix + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The number of an id written in this form (any letter case), or null for another id.</summary>
    public int? NumberOf(string id)
    {
        if (id is null || id.Length <= Prefix.Length || !id.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var i = Prefix.Length; i < id.Length; i++)
        {
            if (id[i] is < '0' or > '9')
            {
                return null;
            }
        }

        return int.TryParse(id.Substring(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>The text put before a criterion's text to give it <paramref name="id"/> (<c>"AC-3: "</c>, <c>"#3 "</c>).</summary>
    public string Lead(string id) => id + Separator;

    /// <inheritdoc />
    public override string ToString() => Format(1);
}
