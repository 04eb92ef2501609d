using System.Collections.Generic;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats.SpecKit;

/// <summary>What a Spec Kit spec.md has that the model has no place for: its open questions.</summary>
internal sealed class SpecKitSpec
{
    public SpecKitSpec(IReadOnlyList<(string Question, TextSpan Span)> openQuestions)
    {
        OpenQuestions = openQuestions;
    }

    /// <summary>Each <c>[NEEDS CLARIFICATION: …]</c> marker: its question and its span.</summary>
    public IReadOnlyList<(string Question, TextSpan Span)> OpenQuestions { get; }
}
