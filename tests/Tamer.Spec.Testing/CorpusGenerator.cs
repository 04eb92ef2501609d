using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Tamer.Spec.Testing;

/// <summary>
/// Generates a realistic, reproducible corpus of Work Items: the same seed and count give the
/// same files, byte for byte. It looks like a long-lived repository: most items are done, a
/// few percent are active at once, and each writes a handful of files out of a thousand per
/// module. Most items are complete; some are vague, legacy-shaped or malformed in the ways real
/// ones are, so that every rule has work to do. Some use CRLF or a byte order mark, some keep
/// their criteria in the body.
/// The "dependencies" profile stresses cross-item checks instead: one chain of 5,000 Work Items,
/// one cycle of three, and two or three dependencies on earlier items for every other one.
/// The "realistic" and "busy" profiles, or any <see cref="CorpusShape"/>, come from
/// <see cref="ShapedCorpusGenerator"/>: larger items in 18 areas, a chosen share of active items,
/// hot files that many of them write at once.
/// </summary>
public sealed class CorpusGenerator
{
    /// <summary>The length of the dependency chain in the "dependencies" profile.</summary>
    public const int ChainLength = 5_000;

    /// <summary>The ids of the three Work Items of the cycle in the "dependencies" profile.</summary>
    public static IReadOnlyList<string> CycleIds => [IdOf(ChainLength), IdOf(ChainLength + 1), IdOf(ChainLength + 2)];

    private static readonly string[] Areas = ["AUTH", "BILL", "SRCH", "PROF", "RPT", "NOTIF", "API", "CORE", "UI", "DATA"];
    private static readonly string[] Modules = ["auth", "billing", "search", "profile", "reports", "notifications", "api", "core", "ui", "data"];
    private static readonly string[] Verbs = ["Add", "Fix", "Rename", "Remove", "Cache", "Validate", "Paginate", "Export", "Retry", "Log"];
    private static readonly string[] Objects = ["the login form", "invoice totals", "the search index", "avatar uploads", "CSV exports", "email digests", "rate limits", "tenant settings", "the settings page", "audit events"];
    internal static readonly string[] GoodCriteria =
    [
        "POST /{0}/items with an empty body returns 400 and the error code E_EMPTY",
        "GET /{0}/items?page=2 returns items 21-40 and a Link header with rel=next",
        "the {0} worker writes one audit_event row per processed message",
        "`make test-{0}` exits with code 0",
        "a request without a session cookie responds with 302 to /login",
        "p99 latency of GET /{0}/search stays below 200 ms with 50 concurrent clients",
        "the CLI prints `unknown tenant t-99` and exits with code 3 for a missing tenant",
    ];
    internal static readonly string[] VagueCriteria = ["{0} works", "errors are handled gracefully", "tests pass", "the {0} page is user-friendly", "performance is improved where possible"];
    private const int FilesPerModule = 1_000;

    /// <summary>The profile names the generator knows.</summary>
    public static IReadOnlyList<string> Profiles { get; } = ["default", "dependencies", "realistic", "busy"];

    private readonly Random _random;
    private readonly int _count;
    private readonly bool _dependencies;
    private readonly ShapedCorpusGenerator? _shaped;

    public CorpusGenerator(int seed, int count, string profile = "default")
        : this(seed, count, profile, CorpusShape.ForProfile(profile))
    {
        if (!Profiles.Contains(profile))
        {
            throw new ArgumentException("Unknown profile '" + profile + "' (" + string.Join(", ", Profiles) + ").", nameof(profile));
        }
    }

    /// <summary>A corpus of the given shape (see <see cref="ShapedCorpusGenerator"/>).</summary>
    public CorpusGenerator(int seed, int count, CorpusShape shape)
        : this(seed, count, "shaped", shape ?? throw new ArgumentNullException(nameof(shape)))
    {
    }

    private CorpusGenerator(int seed, int count, string profile, CorpusShape? shape)
    {
        _random = new Random(seed);
        _count = count;
        _dependencies = profile == "dependencies";
        _shaped = shape is null ? null : new ShapedCorpusGenerator(seed, count, shape);
    }

    /// <summary>Every file of the corpus: a relative path and its bytes.</summary>
    public IEnumerable<(string Path, byte[] Bytes)> Generate()
    {
        if (_shaped is not null)
        {
            foreach (var item in _shaped.Generate())
            {
                yield return item;
            }

            yield break;
        }

        for (var i = 0; i < _count; i++)
        {
            yield return _dependencies ? DependencyItem(i) : Item(i);
        }
    }

    /// <summary>The ids item <paramref name="index"/> depends on in the "dependencies" profile.</summary>
    private List<string> DependenciesOf(int index)
    {
        if (index < ChainLength)
        {
            return index == 0 ? [] : [IdOf(index - 1)];
        }

        if (index < ChainLength + 3)
        {
            return [IdOf(index == ChainLength + 2 ? ChainLength : index + 1)];
        }

        var count = 2 + _random.Next(2);
        return Enumerable.Range(0, count).Select(_ => IdOf(_random.Next(index))).Distinct().ToList();
    }

    private (string Path, byte[] Bytes) DependencyItem(int index)
    {
        var module = Modules[index % Modules.Length];
        var number = index.ToString(CultureInfo.InvariantCulture);
        var dependencies = DependenciesOf(index);
        var text = new StringBuilder();
        text.Append("---\nid: ").Append(IdOf(index)).Append('\n');
        text.Append("title: Step ").Append(number).Append(" of the ").Append(module).Append(" migration\n");
        text.Append("status: ").Append(index % 4 == 0 ? "ready" : "done").Append('\n');
        text.Append("scope:\n  write: [src/").Append(module).Append("/step").Append(number).Append(".ts]\n");
        text.Append("  read_only: [src/").Append(module).Append("/]\n  forbidden: [src/payments/]\n  extend_scope: false\n");
        text.Append("acceptance_criteria:\n  - \"AC-1: `migrate step ").Append(number).Append("` exits with code 0 and writes one row to schema_history\"\n");
        if (dependencies.Count > 0)
        {
            text.Append("depends_on: [").Append(string.Join(", ", dependencies)).Append("]\n");
        }

        text.Append("estimate: { diff_lines: 30, files: 1 }\n---\n");
        return ("work-items/" + module + "/" + IdOf(index).ToLowerInvariant() + ".md", Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>Writes the corpus under <paramref name="folder"/> (which is emptied first).</summary>
    public int WriteTo(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var written = 0;
        foreach (var (path, bytes) in Generate())
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
            written++;
        }

        return written;
    }

    public static string IdOf(int index) => "WI-" + Areas[index % Areas.Length] + "-" + index.ToString("D6", CultureInfo.InvariantCulture);

    private (string Path, byte[] Bytes) Item(int index)
    {
        var area = index % Areas.Length;
        var module = Modules[area];
        var kind = _random.Next(100);
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("id: ").Append(IdOf(index)).Append('\n');
        text.Append("title: ").Append(Verbs[_random.Next(Verbs.Length)]).Append(' ').Append(Objects[_random.Next(Objects.Length)]).Append('\n');
        text.Append("status: ").Append(kind < 2 ? "doing" : Status()).Append('\n');
        if (kind is >= 2 and < 8)
        {
            text.Append("scope: [src/").Append(module).Append("/]\n");
        }
        else
        {
            AppendScope(text, module);
        }

        var bodyCriteria = kind is >= 8 and < 20;
        if (!bodyCriteria)
        {
            text.Append("acceptance_criteria:\n");
            AppendCriteria(text, module, quoted: true, vague: kind is >= 20 and < 30);
        }

        if (_random.Next(10) != 0)
        {
            text.Append("invariants:\n  - \"tenant_id is set on every ").Append(module).Append(" query\": \"data leaks across tenants if violated\"\n");
        }

        if (index > 0 && _random.Next(2) == 0)
        {
            text.Append("depends_on: [").Append(IdOf(_random.Next(index))).Append("]\n");
        }

        var diffLines = _random.Next(5, 400);
        if (diffLines > 50 || _random.Next(2) == 0)
        {
            text.Append("non_goals: [caching, metrics, a feature flag]\n");
            if (_random.Next(10) != 0)
            {
                text.Append("accepted_failures: [\"exports started before the deploy keep the old format\"]\n");
            }
        }

        text.Append("estimate: { diff_lines: ").Append(diffLines.ToString(CultureInfo.InvariantCulture)).Append(", files: ").Append(_random.Next(1, 9).ToString(CultureInfo.InvariantCulture)).Append(" }\n");
        if (kind == 99)
        {
            text.Append("scpoe: typo\n");
        }

        text.Append("---\n## Context\n");
        text.Append("The ").Append(module).Append(" module needs this change; see the linked incident. ");
        text.Append("Nothing outside src/").Append(module).Append("/ should change.\n");
        if (bodyCriteria)
        {
            text.Append("\n## Acceptance criteria\n");
            AppendCriteria(text, module, quoted: false, vague: false);
        }

        var content = text.ToString();
        var crlf = _random.Next(10) == 0;
        if (crlf)
        {
            content = content.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        var bytes = Encoding.UTF8.GetBytes(content);
        if (_random.Next(20) == 0)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        var path = "work-items/" + module + "/" + IdOf(index).ToLowerInvariant() + ".md";
        return (path, bytes);
    }

    /// <summary>Mostly done; about 7% ready, 3% draft, 2% each in progress and in review, 1% blocked.</summary>
    private string Status()
    {
        var roll = _random.Next(100);
        return roll switch
        {
            < 7 => "ready",
            < 10 => "draft",
            < 12 => "in_progress",
            < 14 => "review",
            < 15 => "blocked",
            _ => "done",
        };
    }

    private void AppendScope(StringBuilder text, string module)
    {
        text.Append("scope:\n  write: [");
        var files = _random.Next(1, 5);
        for (var f = 0; f < files; f++)
        {
            if (f > 0)
            {
                text.Append(", ");
            }

            text.Append("src/").Append(module).Append("/file").Append(_random.Next(FilesPerModule).ToString(CultureInfo.InvariantCulture)).Append(".ts");
        }

        text.Append("]\n  read_only: [src/").Append(module).Append("/]\n  forbidden: [src/payments/]\n  extend_scope: false\n");
    }

    private void AppendCriteria(StringBuilder text, string module, bool quoted, bool vague)
    {
        var count = _random.Next(1, 5);
        for (var c = 0; c < count; c++)
        {
            var pool = vague && c == 0 ? VagueCriteria : GoodCriteria;
            var criterion = "AC-" + (c + 1).ToString(CultureInfo.InvariantCulture) + ": " + string.Format(CultureInfo.InvariantCulture, pool[_random.Next(pool.Length)], module);
            text.Append(quoted ? "  - \"" + criterion.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"\n" : "- " + criterion + "\n");
        }
    }
}
