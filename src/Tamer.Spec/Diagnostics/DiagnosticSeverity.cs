namespace Tamer.Spec.Diagnostics;

/// <summary>How much a diagnostic matters. Ordered: a higher value is more severe.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Off: the diagnostic is not reported.</summary>
    None = 0,

    /// <summary>For information; never refuses a Work Item.</summary>
    Info = 1,

    /// <summary>Worth fixing; never refuses a Work Item (but counts toward <c>--max-warnings</c>).</summary>
    Warning = 2,

    /// <summary>The gate refuses the Work Item.</summary>
    Error = 3,
}
