using System;
using System.Collections.Generic;

namespace Tamer.Spec.TestRuns;

/// <summary>The results of one test run file (TRX or JUnit XML).</summary>
public sealed class TestRun
{
    /// <summary>Creates a run.</summary>
    public TestRun(string path, string format, IReadOnlyList<TestResult> results)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Format = format ?? throw new ArgumentNullException(nameof(format));
        Results = results ?? throw new ArgumentNullException(nameof(results));
    }

    /// <summary>The file it was read from, as the host shows it.</summary>
    public string Path { get; }

    /// <summary><c>trx</c> or <c>junit</c>.</summary>
    public string Format { get; }

    /// <summary>Every test of the run, in file order.</summary>
    public IReadOnlyList<TestResult> Results { get; }
}
