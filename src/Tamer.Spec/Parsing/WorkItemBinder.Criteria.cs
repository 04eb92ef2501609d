using System.Collections.Generic;
using Tamer.Spec.Model;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Parsing;

/// <summary>Reading <c>acceptance_criteria</c>: strings with an optional <c>AC-n:</c> prefix, or <c>{id, text, verify, manual}</c> maps.</summary>
internal sealed partial class WorkItemBinder
{
    private DeclaredList<AcceptanceCriterion> ReadCriteria(YamlMappingEntry entry)
    {
        var items = new List<AcceptanceCriterion>();
        switch (entry.Value)
        {
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (ReadCriterion(item, items.Count) is { } criterion)
                    {
                        items.Add(criterion);
                    }
                }

                break;
            case YamlScalar { IsNull: true }:
                break;
            default:
                WrongType("acceptance_criteria", entry.Value, "a list of criteria");
                break;
        }

        return new DeclaredList<AcceptanceCriterion>(ListOrigin.Frontmatter, entry.Key.Span, items, null);
    }

    private AcceptanceCriterion? ReadCriterion(YamlNode item, int index)
    {
        switch (item)
        {
            case YamlScalar { IsNull: false } scalar:
                var (id, idSpan, text) = _dialect.SplitCriterion(scalar.GetSourcedText(_source));
                return new AcceptanceCriterion(index, id, idSpan, text, verify: null, scalar.Span, ListOrigin.Frontmatter, scalar);
            case YamlMapping mapping:
                return ReadCriterionMap(mapping, index);
            default:
                WrongType("acceptance_criteria", item, "a criterion: a string, or a mapping with id, text and verify");
                return null;
        }
    }

    private AcceptanceCriterion? ReadCriterionMap(YamlMapping mapping, int index)
    {
        string? id = null;
        TextSpan? idSpan = null;
        SourcedText? text = null;
        SourcedText? verify = null;
        BooleanValue? manual = null;
        foreach (var entry in mapping.Entries)
        {
            switch (entry.KeyText)
            {
                case "id":
                    if (ReadText(entry, "acceptance_criteria.id") is { } idText)
                    {
                        id = idText.Value;
                        idSpan = idText.Span;
                    }

                    break;
                case "text":
                    text = ReadText(entry, "acceptance_criteria.text");
                    break;
                case "verify":
                    verify = ReadText(entry, "acceptance_criteria.verify");
                    break;
                case "manual":
                    manual = ReadBoolean(entry, "acceptance_criteria.manual");
                    break;
                default:
                    UnknownKeyIn(entry, "acceptance criterion", WorkItemFormat.CriterionKeys);
                    break;
            }
        }

        if (text is null)
        {
            _parts.SchemaProblems.Add(new SchemaProblem(
                SchemaProblemKind.WrongType,
                mapping.Span,
                "acceptance_criteria",
                container: null,
                "a mapping without text",
                "a criterion mapping with a non-empty 'text'",
                suggestion: null));
            return null;
        }

        if (id is null)
        {
            var (prefixId, prefixSpan, rest) = _dialect.SplitCriterion(text);
            (id, idSpan, text) = (prefixId, prefixSpan, rest);
        }

        return new AcceptanceCriterion(index, id, idSpan, text, verify, mapping.Span, ListOrigin.Frontmatter, mapping) { Manual = manual };
    }
}
