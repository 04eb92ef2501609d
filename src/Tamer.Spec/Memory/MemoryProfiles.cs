using System.Collections.Generic;
using Tamer.Spec.Formats;

namespace Tamer.Spec.Memory;

/// <summary>
/// The profiles a host reads the registry's and the log's files with (the configuration assigns them
/// by <c>invariants_registry:</c> and <c>rejected_designs_log:</c>; see
/// <see cref="Configuration.TamerConfiguration.FindFormat"/>).
/// </summary>
public static class MemoryProfiles
{
    /// <summary>An invariants registry entry.</summary>
    public static FormatProfile InvariantRegistry { get; } = new InvariantRegistryProfile(skipsFilesWithoutFrontmatter: false);

    /// <summary>A rejected-design record.</summary>
    public static FormatProfile RejectedDesignLog { get; } = new RejectedDesignLogProfile(skipsFilesWithoutFrontmatter: false);

    /// <summary>A file of the default registry folder: one without frontmatter (a README, an empty file) is no entry and draws nothing.</summary>
    public static FormatProfile DefaultInvariantRegistry { get; } = new InvariantRegistryProfile(skipsFilesWithoutFrontmatter: true);

    /// <summary>A file of the default log folder: one without frontmatter is no record and draws nothing.</summary>
    public static FormatProfile DefaultRejectedDesignLog { get; } = new RejectedDesignLogProfile(skipsFilesWithoutFrontmatter: true);

    /// <summary>True when <paramref name="profile"/> reads registry entries or rejected-design records, not Work Items.</summary>
    public static bool IsMemory(FormatProfile? profile) => profile is MemoryRecordProfile;

    // A file that could not be decoded: a record with the problem at the file's start, and nothing else.
    internal static Parsing.WorkItemDocument Unreadable(string path, Text.SourceText text, Parsing.ParseProblem problem, FormatProfile profile)
    {
        var problems = new[] { new MemoryRecordProblem(new Text.TextSpan(0, 0), "the file cannot be read: " + MemoryFrontmatter.Describe(problem)) };
        var memory = (MemoryRecordProfile)profile;
        return new(path, text, new List<Parsing.ParseProblem>(), null, profile, memory.Role, memory.UnreadableRecord(path, problems));
    }
}
