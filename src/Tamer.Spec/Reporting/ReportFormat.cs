namespace Tamer.Spec.Reporting;

/// <summary>The report formats.</summary>
public enum ReportFormat
{
    /// <summary>One compiler-style line per diagnostic and a summary line.</summary>
    Text,

    /// <summary>The JSON report, version 1.</summary>
    Json,

    /// <summary>SARIF 2.1.0.</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands (annotations).</summary>
    GitHub,

    /// <summary>JUnit XML: one test case per Work Item, for CI systems that show test reports.</summary>
    JUnit,
}
