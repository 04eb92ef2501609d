using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tamer.Spec.Model;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Parsing;

/// <summary>
/// Reading <c>invariants</c>. Every entry is kept with its shape; judging a malformed entry is the
/// invariants rule's job, so nothing here is a format problem except a non-list value.
/// </summary>
internal sealed partial class WorkItemBinder
{
    private DeclaredList<InvariantDeclaration> ReadInvariants(YamlMappingEntry entry)
    {
        var items = new List<InvariantDeclaration>();
        switch (entry.Value)
        {
            case YamlSequence sequence:
                items.AddRange(sequence.Items.Select(ReadInvariant));
                break;
            case YamlScalar { IsNull: true }:
                break;
            default:
                WrongType("invariants", entry.Value, "a list of invariants");
                break;
        }

        return new DeclaredList<InvariantDeclaration>(ListOrigin.Frontmatter, entry.Key.Span, items, null);
    }

    private InvariantDeclaration ReadInvariant(YamlNode item)
    {
        switch (item)
        {
            case YamlScalar { IsNull: true }:
                return Malformed(item, "the entry is empty");
            case YamlScalar scalar:
                return new InvariantDeclaration(InvariantShape.BareStatement, null, Text(scalar), null, scalar.Span, scalar, null)
                {
                    RegistryId = WorkItemFormat.IsWellFormedId(scalar.Value.Trim()) ? scalar.Value.Trim() : null,
                };
            case YamlMapping mapping when mapping.Entries.Any(e => e.KeyText is { } k && WorkItemFormat.InvariantKeys.Contains(k)):
                return ReadStructuredInvariant(mapping);
            case YamlMapping { Entries.Count: 1 } pair:
                return ReadPairInvariant(pair);
            case YamlMapping mapping:
                return Malformed(mapping, string.Format(CultureInfo.InvariantCulture, "a mapping of {0} pairs where one is expected", mapping.Entries.Count));
            default:
                return Malformed(item, "a list; an invariant is a 'statement: consequence' pair");
        }
    }

    private InvariantDeclaration ReadPairInvariant(YamlMapping pair)
    {
        var entry = pair.Entries[0];
        if (entry.Key is not YamlScalar statement || statement.IsNull)
        {
            return Malformed(pair, "the statement must be text");
        }

        return entry.Value switch
        {
            YamlScalar { IsNull: true } => new InvariantDeclaration(InvariantShape.Pair, null, Text(statement), null, pair.Span, pair, null),
            YamlScalar consequence => new InvariantDeclaration(InvariantShape.Pair, null, Text(statement), Text(consequence), pair.Span, pair, null),
            _ => Malformed(pair, "the consequence must be text, found " + entry.Value.KindDescription),
        };
    }

    private InvariantDeclaration ReadStructuredInvariant(YamlMapping mapping)
    {
        string? id = null;
        SourcedText? statement = null;
        SourcedText? consequence = null;
        foreach (var entry in mapping.Entries)
        {
            var key = entry.KeyText;
            if (key is null || !WorkItemFormat.InvariantKeys.Contains(key))
            {
                return Malformed(mapping, "unknown key '" + (key ?? entry.Key.KindDescription) + "'; the keys are id, statement and consequence");
            }

            if (entry.Value is not YamlScalar scalar)
            {
                return Malformed(mapping, "'" + key + "' must be text, found " + entry.Value.KindDescription);
            }

            var text = scalar.IsNull ? null : Text(scalar);
            switch (key)
            {
                case "id":
                    id = text?.Value;
                    break;
                case "statement":
                    statement = text;
                    break;
                default:
                    consequence = text;
                    break;
            }
        }

        if (mapping.Entries.Count == 1 && id is not null && WorkItemFormat.IsWellFormedId(id))
        {
            return new InvariantDeclaration(InvariantShape.Malformed, null, null, null, mapping.Span, mapping, "no 'statement'") { RegistryId = id };
        }

        return statement is null || statement.Value.Length == 0
            ? Malformed(mapping, "no 'statement'")
            : new InvariantDeclaration(InvariantShape.Structured, id, statement, consequence, mapping.Span, mapping, null);
    }

    private SourcedText Text(YamlScalar scalar) => scalar.GetSourcedText(_source).Trim();

    private static InvariantDeclaration Malformed(YamlNode node, string reason) =>
        new(InvariantShape.Malformed, null, null, null, node.Span, node, reason);
}
