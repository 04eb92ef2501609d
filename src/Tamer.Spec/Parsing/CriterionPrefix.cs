using System.Text.RegularExpressions;
using Tamer.Spec.Text;

namespace Tamer.Spec.Parsing;

/// <summary>
/// Splits an <c>AC-n:</c> prefix off a criterion's text. Accepted: <c>AC-1: text</c>,
/// <c>AC-1. text</c>, <c>AC-1) text</c>, <c>AC-1 - text</c>, the id in bold (<c>**AC-1:**</c>),
/// any letter case (the id is returned upper-case).
/// </summary>
internal static class CriterionPrefix
{
    private static readonly Regex Prefix = new(
        @"^(?<lead>\s*(?:\*\*|__)?)(?<id>[Aa][Cc]-\d+)(?:\*\*|__)?\s*(?:[:.)](?=\s|$|\*|_)|\s[-\u2013\u2014](?=\s))(?:\*\*|__)?\s*",
        RegexOptions.CultureInvariant);

    private static readonly Regex TaskBox = new(@"^\s*\[[ xX]\]\s+", RegexOptions.CultureInvariant);

    public static (string? Id, TextSpan? IdSpan, SourcedText Text) Split(SourcedText text)
    {
        var match = Prefix.Match(text.Value);
        if (!match.Success)
        {
            return (null, null, text.Trim());
        }

        var id = match.Groups["id"];
        var idSpan = text.GetSourceSpan(id.Index, id.Length);
        var rest = text.Slice(match.Length, text.Value.Length - match.Length).Trim();
        return (Yaml.SharedScalarValues.Share(id.Value.ToUpperInvariant()), idSpan, rest);
    }

    /// <summary>Drops a task-list box (<c>[ ]</c>, <c>[x]</c>) that starts a body list item.</summary>
    public static SourcedText WithoutTaskBox(SourcedText text)
    {
        var match = TaskBox.Match(text.Value);
        return match.Success ? text.Slice(match.Length, text.Value.Length - match.Length) : text;
    }
}
