using System;
using Tamer.Spec.Text;

namespace Tamer.Spec.Parsing;

/// <summary>
/// A problem found while reading a file. Fatal problems stop the parse: no Work Item model is
/// built and only the format rule reports on the file.
/// </summary>
public sealed class ParseProblem
{
    /// <summary>Creates a problem.</summary>
    public ParseProblem(ParseProblemKind kind, TextSpan span, bool isFatal, params object[] arguments)
    {
        Kind = kind;
        Span = span;
        IsFatal = isFatal;
        Arguments = arguments ?? Array.Empty<object>();
    }

    /// <summary>What went wrong.</summary>
    public ParseProblemKind Kind { get; }

    /// <summary>Where, in the decoded text.</summary>
    public TextSpan Span { get; }

    /// <summary>True when parsing stopped here.</summary>
    public bool IsFatal { get; }

    /// <summary>The values a message names (the YAML error, the limit and its value, …).</summary>
    public object[] Arguments { get; }
}
