using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Tamer.Spec.TestRuns;

/// <summary>
/// A test's own statement of what it proves, for runners without <c>[Satisfies]</c>: the text
/// <c>WI-ID/AC-n</c> in the test's name or in one of its properties (a JUnit <c>property</c>, a
/// pytest <c>record_property</c>, a Jest title).
/// </summary>
public sealed class CriterionReference : IEquatable<CriterionReference>
{
    private static readonly Regex Shape = new(@"(?<![A-Za-z0-9._-])(?<item>[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)+)/(?<criterion>AC-[0-9]+)(?![A-Za-z0-9_])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Creates a reference.</summary>
    public CriterionReference(string workItem, string criterion)
    {
        WorkItem = workItem ?? throw new ArgumentNullException(nameof(workItem));
        Criterion = criterion ?? throw new ArgumentNullException(nameof(criterion));
    }

    /// <summary>The Work Item's id.</summary>
    public string WorkItem { get; }

    /// <summary>The criterion's id (<c>AC-n</c>).</summary>
    public string Criterion { get; }

    /// <summary>Every reference written in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<CriterionReference> FindIn(string? text)
    {
        if (string.IsNullOrEmpty(text) || text!.IndexOf("/AC-", StringComparison.Ordinal) < 0)
        {
            yield break;
        }

        foreach (Match match in Shape.Matches(text))
        {
            yield return new CriterionReference(match.Groups["item"].Value, match.Groups["criterion"].Value);
        }
    }

    /// <inheritdoc />
    public bool Equals(CriterionReference? other) =>
        other is not null && string.Equals(WorkItem, other.WorkItem, StringComparison.Ordinal) && string.Equals(Criterion, other.Criterion, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CriterionReference);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(WorkItem) * 31 + StringComparer.Ordinal.GetHashCode(Criterion);

    /// <inheritdoc />
    public override string ToString() => WorkItem + "/" + Criterion;
}
