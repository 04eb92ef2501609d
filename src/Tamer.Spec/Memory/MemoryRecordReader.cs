using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Memory;

/// <summary>Reads registry entries and rejected-design records from their files' text. No I/O.</summary>
public static class MemoryRecordReader
{
    /// <summary>The keys of a registry entry.</summary>
    public static IReadOnlyList<string> InvariantKeys { get; } = new[] { "id", "statement", "consequence", "applies_to", "owner", "status" };

    /// <summary>The keys of a rejected-design record.</summary>
    public static IReadOnlyList<string> RejectedDesignKeys { get; } = new[] { "id", "title", "status", "decided", "reason", "keywords", "superseded_by" };

    /// <summary>Reads one registry entry.</summary>
    public static InvariantRecord ReadInvariant(string path, SourceText source, ParseLimits? limits = null) => ReadInvariant(path, source, limits, null);

    internal static InvariantRecord ReadInvariant(string path, SourceText source, ParseLimits? limits, IEnumerable<ParseProblem>? decodeProblems)
    {
        var frontmatter = MemoryFrontmatter.Read(source, limits ?? ParseLimits.Default, "an invariant", decodeProblems);
        var id = WellFormedId(frontmatter, frontmatter.Required("id"), "INV-TENANT-001");
        var statement = frontmatter.Required("statement");
        var consequence = frontmatter.Optional("consequence");
        var appliesTo = frontmatter.List("applies_to");
        if (frontmatter.IsReadable && appliesTo.Count == 0)
        {
            frontmatter.Problems.Add(new MemoryRecordProblem(frontmatter.HeadSpan, "'applies_to' is missing or empty; list the path globs the invariant governs"));
        }

        var governed = new List<GovernedPath>();
        foreach (var glob in appliesTo)
        {
            var governedPath = new GovernedPath(glob);
            if (governedPath.Pattern.IsValid)
            {
                governed.Add(governedPath);
            }
            else
            {
                frontmatter.Problems.Add(new MemoryRecordProblem(glob.Span, "'" + glob.Value + "' in applies_to is not a usable glob (" + governedPath.Pattern.Error + ")"));
            }
        }

        var owner = frontmatter.Required("owner");
        var status = frontmatter.Optional("status");
        if (status is not null && status.Value is not "active" and not "retired")
        {
            frontmatter.Problems.Add(new MemoryRecordProblem(status.Span, "status '" + status.Value + "' is unknown; an invariant is 'active' (the default) or 'retired'"));
        }

        frontmatter.UnknownKeys(InvariantKeys);
        return new InvariantRecord(path, frontmatter.HeadSpan, id, statement, consequence, governed, owner, status?.Value == "retired", frontmatter.Problems);
    }

    /// <summary>Reads one rejected-design record.</summary>
    public static RejectedDesign ReadRejectedDesign(string path, SourceText source, ParseLimits? limits = null) => ReadRejectedDesign(path, source, limits, null);

    internal static RejectedDesign ReadRejectedDesign(string path, SourceText source, ParseLimits? limits, IEnumerable<ParseProblem>? decodeProblems)
    {
        var frontmatter = MemoryFrontmatter.Read(source, limits ?? ParseLimits.Default, "a rejected-design record", decodeProblems);
        var id = WellFormedId(frontmatter, frontmatter.Required("id"), "RD-0007");
        var title = frontmatter.Required("title");
        var status = frontmatter.Required("status");
        if (status is not null && status.Value != "rejected")
        {
            frontmatter.Problems.Add(new MemoryRecordProblem(status.Span, "status '" + status.Value + "' is not 'rejected'; the log holds rejected designs only"));
        }

        var decided = frontmatter.Required("decided");
        if (decided is not null && !IsDate(decided.Value))
        {
            frontmatter.Problems.Add(new MemoryRecordProblem(decided.Span, "decided '" + decided.Value + "' is not a date (YYYY-MM-DD)"));
        }

        var reason = frontmatter.Required("reason");
        var keywords = frontmatter.List("keywords");
        var supersededBy = frontmatter.Optional("superseded_by");
        frontmatter.UnknownKeys(RejectedDesignKeys);
        var body = frontmatter.Body.IsEmpty ? string.Empty : source.ToString(frontmatter.Body);
        return new RejectedDesign(path, frontmatter.HeadSpan, id, title, decided, reason, keywords, supersededBy, body, frontmatter.Problems);
    }

    internal static InvariantRecord Unreadable(string path, IReadOnlyList<MemoryRecordProblem> problems) =>
        new(path, default, null, null, null, System.Array.Empty<GovernedPath>(), null, false, problems);

    internal static RejectedDesign UnreadableRecord(string path, IReadOnlyList<MemoryRecordProblem> problems) =>
        new(path, default, null, null, null, null, System.Array.Empty<Text.SourcedText>(), null, string.Empty, problems);

    // An id nothing could reference ("tenant rule") is a problem of the record, and the record is
    // kept out of every lookup by id: it has no id until it is written in the id shape.
    private static SourcedText? WellFormedId(MemoryFrontmatter frontmatter, SourcedText? id, string example)
    {
        if (id is null || WorkItemFormat.IsWellFormedId(id.Value))
        {
            return id;
        }

        frontmatter.Problems.Add(new MemoryRecordProblem(id.Span, "id '" + id.Value + "' is not an id; write upper-case letters and digits in at least two groups joined by '-', such as " + example));
        return null;
    }

    private static bool IsDate(string value) =>
        value.Length == 10 && value[4] == '-' && value[7] == '-' && value.Where((c, i) => i is not 4 and not 7).All(char.IsDigit);
}
