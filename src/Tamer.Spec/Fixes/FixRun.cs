using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Engine;

namespace Tamer.Spec.Fixes;

/// <summary>The outcome of fixing a set of files: each file, and the lint of the fixed texts.</summary>
public sealed class FixRun
{
    internal FixRun(IReadOnlyList<FixedFile> files, LintResult result, int passes)
    {
        Files = files;
        Result = result;
        Passes = passes;
    }

    /// <summary>Every file that was to be fixed, in the order given.</summary>
    public IReadOnlyList<FixedFile> Files { get; }

    /// <summary>What the lint says after the fixes.</summary>
    public LintResult Result { get; }

    /// <summary>How many lint-and-fix passes ran.</summary>
    public int Passes { get; }

    /// <summary>The files a fix changed.</summary>
    public IEnumerable<FixedFile> Changed => Files.Where(f => f.Changed);
}
