using Tamer.Spec.Text;

namespace Tamer.Spec.Parsing;

/// <summary>Bytes turned into text, and the problem met on the way (if any).</summary>
internal sealed class DecodedText
{
    public DecodedText(SourceText text, ParseProblem? problem)
    {
        Text = text;
        Problem = problem;
    }

    public SourceText Text { get; }

    public ParseProblem? Problem { get; }
}
