using Tamer.Spec.Testing;

namespace Tamer.Spec.Fuzz.Tests;

/// <summary>
/// Each input afl-fuzz found failing, kept under fuzz/findings/TARGET/ with the name it is known by,
/// passes its target's checks since the fix (and stays among the replayed inputs).
/// </summary>
public sealed class FindingTests
{
    /// <summary>
    /// A scope whose last entry is an explicit key without a value ("? x"): the TMR1005 fix put
    /// "extend_scope: false" after the line closing the frontmatter, once per pass, so a second
    /// --fix changed the file again and the body gained ten copies.
    /// </summary>
    [Fact]
    public void Fix_crash_000000_explicit_key_without_value()
    {
        var input = File.ReadAllBytes(RepositoryPaths.InRepository("fuzz", "findings", "fix", "crash-000000-explicit-key-without-value"));

        Replay.Failure(FuzzTargets.Find("fix")!, input).ShouldBeNull();
    }
}
