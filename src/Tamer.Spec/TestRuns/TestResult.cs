using System;
using System.Collections.Generic;

namespace Tamer.Spec.TestRuns;

/// <summary>One test of a run: its names, its outcome, and the criteria it names itself.</summary>
public sealed class TestResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="name">The name the runner shows (a display name, with a theory's arguments).</param>
    /// <param name="method">The test's method as <c>Namespace.Class.Method</c> (or the runner's class and name joined by a dot), or null when the file does not say.</param>
    /// <param name="outcome">What happened to it.</param>
    /// <param name="criteria">The <c>WI-ID/AC-n</c> references found in its name or properties.</param>
    public TestResult(string name, string? method, TestOutcome outcome, IReadOnlyList<CriterionReference> criteria)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Method = method;
        Outcome = outcome;
        Criteria = criteria ?? throw new ArgumentNullException(nameof(criteria));
    }

    /// <summary>The name the runner shows.</summary>
    public string Name { get; }

    /// <summary><c>Namespace.Class.Method</c>, or null.</summary>
    public string? Method { get; }

    /// <summary>What happened to it.</summary>
    public TestOutcome Outcome { get; }

    /// <summary>The criteria the test names itself, in a language-neutral form (<c>WI-ID/AC-n</c> in its name or a property).</summary>
    public IReadOnlyList<CriterionReference> Criteria { get; }

    /// <summary>
    /// True when a C# claim made by <paramref name="claimant"/> (<c>Namespace.Class.Method</c>, or a
    /// class for a claim on the class) covers this test: the same method, one case of it (a theory's
    /// row), or a method of that class.
    /// </summary>
    public bool IsClaimedBy(string claimant)
    {
        if (claimant is null)
        {
            throw new ArgumentNullException(nameof(claimant));
        }

        foreach (var candidate in new[] { Method, Name })
        {
            if (candidate is null)
            {
                continue;
            }

            if (string.Equals(candidate, claimant, StringComparison.Ordinal))
            {
                return true;
            }

            if (candidate.Length > claimant.Length && candidate.StartsWith(claimant, StringComparison.Ordinal) && candidate[claimant.Length] is '(' or '.')
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Outcome;
}
