using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Markdown;
using Tamer.Spec.Model;
using Tamer.Spec.Spelling;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Parsing;

/// <summary>
/// Builds the typed <see cref="WorkItem"/> from the frontmatter's YAML tree and the body. It never
/// fails: a value of the wrong type is left out of the typed view and recorded as a
/// <see cref="SchemaProblem"/> for the format rule to report.
/// </summary>
internal sealed partial class WorkItemBinder
{
    private readonly SourceText _source;
    private readonly WorkItemParts _parts;
    private readonly BindingDialect _dialect;

    private WorkItemBinder(SourceText source, WorkItemParts parts, BindingDialect dialect)
    {
        _source = source;
        _parts = parts;
        _dialect = dialect;
    }

    public static WorkItem Bind(SourceText source, FrontmatterBlock block, YamlMapping? frontmatter) =>
        Bind(source, block, frontmatter, BindingDialect.Native, null);

    /// <summary>Binds with a format's dialect; <paramref name="complete"/> adds what the format keeps outside the frontmatter.</summary>
    public static WorkItem Bind(SourceText source, FrontmatterBlock block, YamlMapping? frontmatter, BindingDialect dialect, Action<WorkItemParts>? complete)
    {
        var parts = new WorkItemParts(SourcedText.FromSpan(source, block.Body))
        {
            Frontmatter = frontmatter,
            FrontmatterSpan = block.Whole,
            OpeningLineSpan = block.OpeningLine,
            CriterionIds = dialect.CriterionIds,
        };
        var binder = new WorkItemBinder(source, parts, dialect);
        if (frontmatter is not null)
        {
            binder.BindFrontmatter(frontmatter);
        }

        binder.BindBody(BodySections.Read(source, block.Body));
        complete?.Invoke(parts);
        return new WorkItem(parts);
    }

    private void BindFrontmatter(YamlMapping root)
    {
        foreach (var entry in root.Entries)
        {
            if (entry.Key is not YamlScalar key)
            {
                UnknownKey(entry.Key.Span, "(" + entry.Key.KindDescription + ")", container: null, suggestion: null);
                continue;
            }

            switch (_dialect.Meaning(key.Value))
            {
                case "id":
                    _parts.Id = ReadText(entry, "id");
                    break;
                case "title":
                    _parts.Title = ReadText(entry, "title");
                    break;
                case "status":
                    ReadStatus(entry);
                    break;
                case "scope":
                    _parts.Scope = ReadScope(entry);
                    break;
                case "acceptance_criteria":
                    _parts.AcceptanceCriteria = ReadCriteria(entry);
                    break;
                case "invariants":
                    _parts.Invariants = ReadInvariants(entry);
                    break;
                case "depends_on":
                    _parts.DependsOn = ReadTextList(entry, key.Value, "a list of Work Item ids");
                    break;
                case "non_goals":
                    _parts.NonGoals = ReadTextList(entry, "non_goals", "a list of strings");
                    break;
                case "accepted_failures":
                    _parts.AcceptedFailures = ReadTextList(entry, "accepted_failures", "a list of strings");
                    break;
                case "estimate":
                    _parts.Estimate = ReadEstimate(entry);
                    break;
                case "suppress":
                    _parts.Suppressions = ReadSuppressions(entry);
                    break;
                case "acknowledges":
                    // Read by the memory rule (TMR7010) from the frontmatter itself.
                    break;
                default:
                    if (!_dialect.IgnoredKeys.Contains(key.Value))
                    {
                        UnknownKey(key.Span, key.Value, container: null, DidYouMean.Find(key.Value, KnownKeys()));
                    }

                    break;
            }
        }
    }

    private void BindBody(BodySections sections)
    {
        if (sections.AcceptanceCriteria is { } criteria)
        {
            if (_parts.AcceptanceCriteria.IsDeclared)
            {
                _parts.AcceptanceCriteria = WithOtherDeclaration(_parts.AcceptanceCriteria, criteria.HeadingSpan);
            }
            else
            {
                var items = new List<AcceptanceCriterion>();
                foreach (var item in criteria.Items)
                {
                    var (id, idSpan, text) = _dialect.SplitCriterion(CriterionPrefix.WithoutTaskBox(item.Text));
                    items.Add(new AcceptanceCriterion(items.Count, id, idSpan, text, verify: null, item.Span, ListOrigin.Body, node: null));
                }

                _parts.AcceptanceCriteria = new DeclaredList<AcceptanceCriterion>(ListOrigin.Body, criteria.HeadingSpan, items, null);
            }
        }

        if (sections.NonGoals is { } nonGoals)
        {
            _parts.NonGoals = _parts.NonGoals.IsDeclared
                ? WithOtherDeclaration(_parts.NonGoals, nonGoals.HeadingSpan)
                : new DeclaredList<SourcedText>(ListOrigin.Body, nonGoals.HeadingSpan, nonGoals.Items.Select(i => CriterionPrefix.WithoutTaskBox(i.Text).Trim()).ToList(), null);
        }
    }

    // The keys a did-you-mean may suggest: the gate's keys as the format writes them, and the ones it ignores.
    private IEnumerable<string> KnownKeys()
    {
        var written = _dialect.KeyAliases.ToDictionary(pair => pair.Value, pair => pair.Key, System.StringComparer.Ordinal);
        return WorkItemFormat.GateKeys.Select(k => written.TryGetValue(k, out var alias) ? alias : k).Concat(_dialect.IgnoredKeys);
    }

    private static DeclaredList<T> WithOtherDeclaration<T>(DeclaredList<T> list, TextSpan other) =>
        new(list.Origin, list.DeclarationSpan, list.Items, other);

    private void ReadStatus(YamlMappingEntry entry)
    {
        _parts.StatusSpan = entry.Value.Span;
        if (entry.Value is not YamlScalar scalar)
        {
            WrongType("status", entry.Value, "one of " + string.Join(", ", _dialect.StatusValues));
            _parts.Status = WorkItemStatus.Unknown;
            return;
        }

        var status = scalar.IsNull ? WorkItemStatus.Unknown : _dialect.ParseStatus(scalar.Value) ?? WorkItemStatus.Unknown;
        _parts.Status = status;
        if (status == WorkItemStatus.Unknown)
        {
            var found = scalar.IsNull ? "nothing" : "'" + scalar.Value + "'";
            var span = scalar.IsNull ? entry.Key.Span : scalar.Span;
            _parts.SchemaProblems.Add(new SchemaProblem(
                SchemaProblemKind.InvalidValue,
                span,
                "status",
                container: null,
                found,
                "one of " + string.Join(", ", _dialect.StatusValues),
                scalar.IsNull || !ReferenceEquals(_dialect, BindingDialect.Native) ? null : StatusMeant(scalar.Value)));
        }
    }

    // A word other trackers use for the same state ("doing", "closed"), or else a near spelling
    // ("redy"); the word first, since "doing" is two letters from "done" but means in progress.
    private static string? StatusMeant(string value) =>
        value.Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' ') switch
        {
            "doing" or "in progress" or "inprogress" or "started" or "wip" or "active" or "ongoing" or "in development" => "in_progress",
            "in review" or "reviewing" or "under review" or "code review" => "review",
            "complete" or "completed" or "finished" or "closed" or "merged" or "resolved" or "shipped" => "done",
            "todo" or "to do" or "open" or "planned" or "selected" => "ready",
            "backlog" or "new" or "idea" or "proposed" => "draft",
            "on hold" or "waiting" or "stalled" => "blocked",
            _ => DidYouMean.Find(value, WorkItemFormat.StatusValues),
        };
}
