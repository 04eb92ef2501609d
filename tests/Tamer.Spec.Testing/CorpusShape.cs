using System;
using System.Globalization;

namespace Tamer.Spec.Testing;

/// <summary>
/// The knobs of a shaped corpus (see <see cref="ShapedCorpusGenerator"/>): how many areas, what
/// share of the Work Items is active at once, how big each item is, how many files many active
/// items write at once, and what share is written to pass every check of its own.
/// </summary>
public sealed record CorpusShape
{
    /// <summary>
    /// A repository as a team keeps it: 18 areas, items of 1–3 KB (prose, code blocks, lists), a
    /// few percent in progress or in review, no file that many of them write at once, 60% clean.
    /// </summary>
    public static CorpusShape Realistic { get; } = new();

    /// <summary>
    /// The realistic repository at its busiest: a third of the items in progress or in review, and
    /// three files that 240 active items each write at once.
    /// </summary>
    public static CorpusShape Busy { get; } = new() { ActiveShare = 1.0 / 3, HotFiles = 3, HotWriters = 240 };

    /// <summary>The number of areas (modules), 1 to <see cref="ShapedCorpusGenerator.MaxAreas"/>.</summary>
    public int Areas { get; init; } = 18;

    /// <summary>The share of items that are <c>in_progress</c> or <c>review</c> (two to one), 0 to 1.</summary>
    public double ActiveShare { get; init; } = 0.04;

    /// <summary>The share of items written to pass every check of their own (cross-item checks may still fire), 0 to 1.</summary>
    public double CleanShare { get; init; } = 0.6;

    /// <summary>How many files are each written by <see cref="HotWriters"/> active items at once.</summary>
    public int HotFiles { get; init; }

    /// <summary>How many active items write each hot file (all of them when there are fewer).</summary>
    public int HotWriters { get; init; }

    /// <summary>The smallest item, in bytes, before line endings and byte order marks.</summary>
    public int MinItemBytes { get; init; } = 1024;

    /// <summary>The largest item, in bytes, before line endings and byte order marks.</summary>
    public int MaxItemBytes { get; init; } = 3072;

    /// <summary>The shape of a named profile: <c>realistic</c> or <c>busy</c>; null for any other name.</summary>
    public static CorpusShape? ForProfile(string profile) => profile switch
    {
        "realistic" => Realistic,
        "busy" => Busy,
        _ => null,
    };

    /// <summary>Throws when a knob is out of its range, naming it.</summary>
    public void Validate()
    {
        Check(Areas is >= 1 and <= ShapedCorpusGenerator.MaxAreas, "areas must be between 1 and " + ShapedCorpusGenerator.MaxAreas.ToString(CultureInfo.InvariantCulture));
        Check(ActiveShare is >= 0 and <= 1, "the active share must be between 0 and 1");
        Check(CleanShare is >= 0 and <= 1, "the clean share must be between 0 and 1");
        Check(HotFiles >= 0 && HotWriters >= 0, "hot files and hot writers cannot be negative");
        Check(MinItemBytes >= 0 && MaxItemBytes >= MinItemBytes, "the item size range must be 0 <= min <= max");
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
