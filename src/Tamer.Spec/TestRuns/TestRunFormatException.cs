using System;

namespace Tamer.Spec.TestRuns;

/// <summary>A test run file that is not a TRX or JUnit XML file this reader understands; the message names the file and, where known, the line and column.</summary>
public sealed class TestRunFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TestRunFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public TestRunFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TestRunFormatException()
        : this("not a test run file")
    {
    }
}
