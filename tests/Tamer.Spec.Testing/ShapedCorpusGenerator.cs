using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Tamer.Spec.Testing;

/// <summary>
/// Generates a corpus of the given <see cref="CorpusShape"/>, reproducibly (the same seed, count
/// and shape give the same files, byte for byte). Statuses, hot-file writers and clean items are
/// drawn first, so that every item knows which earlier items are done. Each item has the full
/// format-2 frontmatter and a Markdown body of prose paragraphs, lists and code blocks, some of
/// which name files of its module. A clean item passes every check of its own: complete scope,
/// observable criteria, invariants, non-goals, an estimate, dependencies only on done items. Each
/// other item has one or two of the defects real ones have (a vague criterion, a legacy scope, a
/// folder to write, a missing list, an unknown status or key, a dependency that is unknown or not
/// done, criteria without ids, an invariant without consequence, criteria given twice). About 10%
/// use CRLF and 5% a byte order mark.
/// </summary>
public sealed class ShapedCorpusGenerator
{
    /// <summary>The most areas a shape may ask for.</summary>
    public const int MaxAreas = 18;

    // Each module has a thousand files, or one for every ten items of a larger corpus: a repository
    // ten times the size has ten times the files, so the chance that two items write the same file
    // stays what it is at 10,000 items.
    private const int MinFilesPerModule = 1_000;

    private static readonly string[] AreaCodes = ["AUTH", "BILL", "SRCH", "PROF", "RPT", "NOTIF", "API", "CORE", "UI", "DATA", "GATE", "INFRA", "SHIP", "CAT", "ORD", "MSG", "ADM", "OBS"];
    private static readonly string[] Modules = ["auth", "billing", "search", "profile", "reports", "notifications", "api", "core", "ui", "data", "gateway", "infra", "shipping", "catalog", "orders", "messaging", "admin", "observability"];
    private static readonly string[] HotFileNames = ["src/gateway/routes.ts", "src/core/config.ts", "src/api/openapi.ts", "src/ui/app.tsx", "src/data/schema.ts", "src/core/errors.ts"];
    private static readonly string[] Verbs = ["Add", "Fix", "Rename", "Remove", "Cache", "Validate", "Paginate", "Export", "Retry", "Log", "Split", "Throttle"];
    private static readonly string[] Objects = ["the login form", "invoice totals", "the search index", "avatar uploads", "CSV exports", "email digests", "rate limits", "tenant settings", "the settings page", "audit events", "webhook deliveries", "order refunds"];
    private static readonly string[] Sentences =
    [
        "The {0} module grew by accretion, and the current behaviour is documented nowhere else.",
        "Support tickets from last quarter show the same failure three times a week.",
        "We keep the public contract as it is; only the internals move.",
        "The handler in {1} already validates the payload, so this change only wires it in.",
        "A previous attempt stalled because the fixtures in {2} were out of date.",
        "Nothing here needs a migration: the table keeps its columns.",
        "The on-call runbook points at {1} for this path, so keep its log lines stable.",
        "Reviewers asked for the smallest change that fixes the reported case.",
        "The staging environment reproduces the problem with the seed data.",
        "Metrics for the {0} service come from the shared dashboard, not from this change.",
        "The error surfaces as a 500 today; the caller cannot tell a retryable failure from a bad request.",
        "Tests for the neighbouring code live in {2} and run in the default suite.",
    ];
    private static readonly string[] Steps =
    [
        "read the current behaviour from {1}",
        "add the failing case to {2}",
        "change the smallest function that fixes it",
        "update the changelog entry for the {0} module",
        "run the {0} suite and the contract tests",
        "ask the owning team for a review",
    ];
    private static readonly string[] CodeBlocks =
    [
        "```ts\nexport function handle(request: Request): Response {\n  if (!request.body) {\n    return problem(400, \"E_EMPTY\");\n  }\n  return ok(process(request.body));\n}\n```",
        "```bash\nmake test-{0}\ncurl -s -o /dev/null -w '%{http_code}' http://localhost:8080/{0}/items\n```",
        "```json\n{ \"tenant\": \"t-1\", \"page\": 2, \"size\": 20 }\n```",
        "```sql\nSELECT count(*) FROM audit_event WHERE module = '{0}' AND created_at > now() - interval '1 day';\n```",
    ];

    private readonly int _seed;
    private readonly int _count;
    private readonly CorpusShape _shape;
    private readonly IReadOnlyList<string> _hotFiles;
    private readonly int _filesPerModule;

    public ShapedCorpusGenerator(int seed, int count, CorpusShape shape)
    {
        _seed = seed;
        _count = count;
        _shape = shape ?? throw new ArgumentNullException(nameof(shape));
        shape.Validate();
        _filesPerModule = Math.Max(MinFilesPerModule, count / 10);
        _hotFiles = Enumerable.Range(0, shape.HotFiles).Select(h => h < HotFileNames.Length ? HotFileNames[h] : "src/shared/hot" + h.ToString(CultureInfo.InvariantCulture) + ".ts").ToList();
    }

    /// <summary>The id of item <paramref name="index"/>: its area's code and the index.</summary>
    public string IdOf(int index) => "WI-" + AreaCodes[index % _shape.Areas] + "-" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The hot files of the shape: each written by <see cref="CorpusShape.HotWriters"/> active items.</summary>
    public IReadOnlyList<string> HotFiles => _hotFiles;

    /// <summary>Every file of the corpus: a relative path and its bytes.</summary>
    public IEnumerable<(string Path, byte[] Bytes)> Generate()
    {
        var plan = Plan();
        var random = new Random(_seed);
        for (var i = 0; i < _count; i++)
        {
            yield return Item(i, plan, random);
        }
    }

    private sealed record ItemPlan(string[] Statuses, bool[] Clean, List<string>[] HotWrites);

    // Statuses, clean items and hot writers, drawn before any text so that an item can depend on
    // earlier items that are done and hot files get exactly the writers the shape asks for.
    private ItemPlan Plan()
    {
        var random = new Random(unchecked(_seed * 7919 + 17));
        var statuses = new string[_count];
        var clean = new bool[_count];
        var active = new List<int>();
        for (var i = 0; i < _count; i++)
        {
            if (random.NextDouble() < _shape.ActiveShare)
            {
                statuses[i] = random.Next(3) == 0 ? "review" : "in_progress";
                active.Add(i);
            }
            else
            {
                statuses[i] = random.Next(100) switch
                {
                    < 9 => "ready",
                    < 12 => "draft",
                    < 13 => "blocked",
                    _ => "done",
                };
            }

            clean[i] = random.NextDouble() < _shape.CleanShare;
        }

        var hotWrites = new List<string>[_count];
        foreach (var hotFile in HotFiles)
        {
            var pool = active.ToArray();
            var writers = Math.Min(_shape.HotWriters, pool.Length);
            for (var w = 0; w < writers; w++)
            {
                var pick = w + random.Next(pool.Length - w);
                (pool[w], pool[pick]) = (pool[pick], pool[w]);
                (hotWrites[pool[w]] ??= new List<string>()).Add(hotFile);
            }
        }

        return new ItemPlan(statuses, clean, hotWrites);
    }

    private (string Path, byte[] Bytes) Item(int index, ItemPlan plan, Random random)
    {
        var module = Modules[index % _shape.Areas];
        var defects = plan.Clean[index] ? new HashSet<Defect>() : Defects(random);
        var text = new StringBuilder();
        text.Append("---\nid: ").Append(IdOf(index)).Append('\n');
        text.Append("title: ").Append(Verbs[random.Next(Verbs.Length)]).Append(' ').Append(Objects[random.Next(Objects.Length)]).Append('\n');
        text.Append("status: ").Append(defects.Contains(Defect.UnknownStatus) ? "doing" : plan.Statuses[index]).Append('\n');
        var files = AppendScope(text, module, defects, plan.HotWrites[index], random);
        var bodyCriteria = !defects.Contains(Defect.CriteriaTwice) && random.Next(8) == 0;
        var criteria = Criteria(module, defects, random);
        if (!bodyCriteria)
        {
            text.Append("acceptance_criteria:\n");
            foreach (var criterion in criteria)
            {
                text.Append("  - \"").Append(criterion.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
            }
        }

        if (!defects.Contains(Defect.NoInvariants))
        {
            text.Append("invariants:\n  - \"tenant_id is set on every ").Append(module).Append(" query\"");
            text.Append(defects.Contains(Defect.InvariantWithoutConsequence) ? "\n" : ": \"data leaks across tenants if violated\"\n");
        }

        AppendDependencies(text, index, plan.Statuses, defects, random);
        var diffLines = defects.Contains(Defect.NoNonGoals) ? random.Next(60, 400) : random.Next(10, 400);
        if (!defects.Contains(Defect.NoNonGoals))
        {
            text.Append("non_goals: [caching, metrics, a feature flag]\n");
            text.Append("accepted_failures: [\"exports started before the deploy keep the old format\"]\n");
        }

        if (!defects.Contains(Defect.NoEstimate))
        {
            text.Append("estimate: { diff_lines: ").Append(diffLines.ToString(CultureInfo.InvariantCulture)).Append(", files: ").Append(files.ToString(CultureInfo.InvariantCulture)).Append(" }\n");
        }

        if (defects.Contains(Defect.UnknownKey))
        {
            text.Append("scpoe: typo\n");
        }

        text.Append("---\n");
        AppendBody(text, module, bodyCriteria || defects.Contains(Defect.CriteriaTwice) ? criteria : null, random);
        var content = text.ToString();
        if (random.Next(10) == 0)
        {
            content = content.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        var bytes = Encoding.UTF8.GetBytes(content);
        if (random.Next(20) == 0)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        return ("work-items/" + module + "/" + IdOf(index).ToLowerInvariant() + ".md", bytes);
    }

    private enum Defect
    {
        VagueCriterion,
        LegacyScope,
        MissingLists,
        FolderWrite,
        NoInvariants,
        NoNonGoals,
        NoEstimate,
        UnknownStatus,
        UnknownKey,
        DependencyNotDone,
        UnknownDependency,
        CriteriaWithoutIds,
        InvariantWithoutConsequence,
        CriteriaTwice,
    }

    private static HashSet<Defect> Defects(Random random)
    {
        var all = Enum.GetValues<Defect>();
        var defects = new HashSet<Defect> { all[random.Next(all.Length)] };
        if (random.Next(2) == 0)
        {
            defects.Add(all[random.Next(all.Length)]);
        }

        return defects;
    }

    // Returns the number of files the item writes (its estimate).
    private int AppendScope(StringBuilder text, string module, HashSet<Defect> defects, List<string>? hotWrites, Random random)
    {
        var writes = new List<string>();
        var count = defects.Contains(Defect.NoInvariants) ? 6 : random.Next(1, 4);
        for (var f = 0; f < count; f++)
        {
            writes.Add("src/" + module + "/file" + random.Next(_filesPerModule).ToString(CultureInfo.InvariantCulture) + ".ts");
        }

        writes.Add("tests/" + module + "/file" + random.Next(_filesPerModule).ToString(CultureInfo.InvariantCulture) + ".test.ts");
        if (defects.Contains(Defect.FolderWrite))
        {
            writes.Add("src/" + module + "/handlers/");
        }

        writes.AddRange(hotWrites ?? []);
        writes = writes.Distinct(StringComparer.Ordinal).ToList();
        if (defects.Contains(Defect.LegacyScope))
        {
            text.Append("scope: [").Append(string.Join(", ", writes)).Append("]\n");
            return writes.Count;
        }

        text.Append("scope:\n  write: [").Append(string.Join(", ", writes)).Append("]\n");
        if (!defects.Contains(Defect.MissingLists))
        {
            text.Append("  read_only: [src/").Append(module).Append("/, docs/").Append(module).Append("/]\n  forbidden: [src/payments/]\n");
        }

        text.Append("  extend_scope: false\n");
        return writes.Count;
    }

    private static List<string> Criteria(string module, HashSet<Defect> defects, Random random)
    {
        var criteria = new List<string>();
        var count = random.Next(1, 5);
        for (var c = 0; c < count; c++)
        {
            var pool = defects.Contains(Defect.VagueCriterion) && c == 0 ? CorpusGenerator.VagueCriteria : CorpusGenerator.GoodCriteria;
            var criterion = string.Format(CultureInfo.InvariantCulture, pool[random.Next(pool.Length)], module);
            criteria.Add(defects.Contains(Defect.CriteriaWithoutIds) ? criterion : "AC-" + (c + 1).ToString(CultureInfo.InvariantCulture) + ": " + criterion);
        }

        return criteria;
    }

    private void AppendDependencies(StringBuilder text, int index, string[] statuses, HashSet<Defect> defects, Random random)
    {
        var dependencies = new List<string>();
        if (index > 0)
        {
            var wanted = random.Next(3);
            for (var attempt = 0; attempt < 6 && dependencies.Count < wanted; attempt++)
            {
                var other = random.Next(index);
                if (statuses[other] == "done")
                {
                    dependencies.Add(IdOf(other));
                }
            }

            if (defects.Contains(Defect.DependencyNotDone))
            {
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    var other = random.Next(index);
                    if (statuses[other] != "done")
                    {
                        dependencies.Add(IdOf(other));
                        break;
                    }
                }
            }
        }

        if (defects.Contains(Defect.UnknownDependency))
        {
            dependencies.Add("WI-" + AreaCodes[index % _shape.Areas] + "-" + (_count + index).ToString("D6", CultureInfo.InvariantCulture));
        }

        dependencies = dependencies.Distinct(StringComparer.Ordinal).ToList();
        if (dependencies.Count > 0)
        {
            text.Append("depends_on: [").Append(string.Join(", ", dependencies)).Append("]\n");
        }
    }

    // Prose, lists and code blocks until the item reaches a size drawn from the shape's range; the
    // criteria as a body section when the item keeps them there.
    private void AppendBody(StringBuilder text, string module, List<string>? bodyCriteria, Random random)
    {
        var target = random.Next(_shape.MinItemBytes, _shape.MaxItemBytes + 1);
        text.Append("## Context\n\n");
        AppendParagraph(text, module, random);
        if (bodyCriteria is not null)
        {
            text.Append("## Acceptance criteria\n\n");
            foreach (var criterion in bodyCriteria)
            {
                text.Append("- ").Append(criterion).Append('\n');
            }

            text.Append('\n');
        }

        var headings = new List<string> { "## Approach", "## Notes", "## Rollout", "## Background", "## Risks", "## Open questions" };
        for (var block = 0; text.Length < target && block < 40; block++)
        {
            var part = new StringBuilder();
            switch (random.Next(4))
            {
                case 0 when headings.Count > 0:
                    var heading = random.Next(headings.Count);
                    part.Append(headings[heading]).Append("\n\n");
                    headings.RemoveAt(heading);
                    AppendParagraph(part, module, random);
                    break;
                case 0:
                case 1:
                    AppendParagraph(part, module, random);
                    break;
                case 2:
                    var steps = random.Next(2, 5);
                    var numbered = random.Next(2) == 0;
                    for (var s = 0; s < steps; s++)
                    {
                        part.Append(numbered ? (s + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ").Append(Fill(Steps[random.Next(Steps.Length)], module, random)).Append('\n');
                    }

                    part.Append('\n');
                    break;
                default:
                    part.Append(Fill(CodeBlocks[random.Next(CodeBlocks.Length)], module, random)).Append("\n\n");
                    break;
            }

            if (text.Length + part.Length > _shape.MaxItemBytes)
            {
                break;
            }

            text.Append(part);
        }

        // One line break at the end, as editors save Markdown.
        while (text.Length > 1 && text[text.Length - 1] == '\n' && text[text.Length - 2] == '\n')
        {
            text.Length--;
        }
    }

    private void AppendParagraph(StringBuilder text, string module, Random random)
    {
        var sentences = random.Next(2, 5);
        for (var s = 0; s < sentences; s++)
        {
            text.Append(s == 0 ? string.Empty : " ").Append(Fill(Sentences[random.Next(Sentences.Length)], module, random));
        }

        text.Append("\n\n");
    }

    // {0} the module, {1} a source file of it (now and then a hot file), {2} a test file of it; other
    // braces are code.
    private string Fill(string template, string module, Random random)
    {
        var hot = _hotFiles;
        var source = hot.Count > 0 && random.Next(50) == 0
            ? hot[random.Next(hot.Count)]
            : "src/" + module + "/file" + random.Next(_filesPerModule).ToString(CultureInfo.InvariantCulture) + ".ts";
        var test = "tests/" + module + "/file" + random.Next(_filesPerModule).ToString(CultureInfo.InvariantCulture) + ".test.ts";
        return template.Replace("{0}", module, StringComparison.Ordinal).Replace("{1}", source, StringComparison.Ordinal).Replace("{2}", test, StringComparison.Ordinal);
    }
}
