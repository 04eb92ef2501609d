using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Model;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Rules.Acceptance;

/// <summary>
/// TMR2006, safe: numbers criteria. Criteria without an id get an id in the file's own form
/// (<c>AC-n: </c> natively, <c>#n </c> in a Backlog.md task) where their text starts (inside the
/// quotes of a quoted value, after the list marker or task box in the body); a plain YAML value
/// is double-quoted on the way, since "AC-1: text" unquoted would read as a mapping (and "#1 text"
/// as a comment); a criterion written as a mapping gets an <c>id:</c> entry. A repeated id is
/// replaced by a free one. <see cref="CriterionNumbering"/> decides which id each gets.
/// </summary>
internal sealed class CriterionIdFixProvider : FixProvider
{
    public const string KindProperty = "kind";
    public const string Missing = "missing";
    public const string Repeated = "repeated";

    public override IReadOnlyList<string> FixableDiagnosticIds { get; } = new[] { AcceptanceDiagnostics.MissingOrDuplicateId.Id };

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        var criteria = context.WorkItem.AcceptanceCriteria.Items;
        var declared = context.WorkItem.Frontmatter?.Find("acceptance_criteria");
        if (declared is not null && criteria.Any(c => c.Origin == ListOrigin.Frontmatter)
            && (!FrontmatterEdits.IsWrittenInPlace(declared) || declared.Value is not YamlSequence { } list || !FrontmatterEdits.IsWrittenInPlace(list)))
        {
            // An alias among the criteria: its text is written at its anchor, which other places share.
            yield break;
        }

        var form = context.WorkItem.CriterionIds;
        var plan = CriterionNumbering.Plan(criteria, form);
        if (!context.Diagnostic.Properties.TryGetValue(KindProperty, out var kind))
        {
            yield break;
        }

        var targets = kind == Missing
            ? criteria.Where(c => c.Id is null && plan.ContainsKey(c)).ToList()
            : criteria.Where(c => c.IdSpan == context.Span && plan.ContainsKey(c)).ToList();
        var edits = new List<TextEdit>();
        foreach (var criterion in targets)
        {
            if (Number(context, form, criterion, plan[criterion]) is not { } edit)
            {
                yield break;
            }

            edits.Add(edit);
        }

        if (edits.Count > 0)
        {
            var title = kind == Missing
                ? "number the criteria without an id (" + string.Join(", ", targets.Select(t => plan[t])) + ")"
                : "give the repeated criterion the id " + plan[targets[0]];
            yield return context.Fix(title, FixKind.Safe, edits.ToArray());
        }
    }

    private static TextEdit? Number(FixContext context, CriterionIdForm form, AcceptanceCriterion criterion, string id)
    {
        if (criterion.Id is not null)
        {
            return criterion.IdSpan is { } idSpan ? TextEdit.Replace(idSpan, id) : null;
        }

        var textStart = criterion.Text.GetSourceSpan(0, 0).Start;
        switch (criterion.Node)
        {
            case null:
                // A list item in the body: Markdown takes the prefix as it is.
                return TextEdit.Insert(textStart, form.Lead(id));
            case YamlScalar { Style: YamlScalarStyle.Plain } plain:
                return TextEdit.Replace(plain.Span, FrontmatterEdits.DoubleQuoted(form.Lead(id) + plain.Value));
            case YamlScalar:
                return TextEdit.Insert(textStart, form.Lead(id));
            case YamlMapping mapping:
                return FrontmatterEdits.AddMappingEntry(context.Document.Text, context.Style, mapping, "id", id);
            default:
                return null;
        }
    }
}
