using Tamer.Spec.Text;

namespace Tamer.Spec.Markdown;

/// <summary>The meaningful sections of a body (each null when the body has no such heading).</summary>
internal sealed class BodySections
{
    public static BodySections None { get; } = new(null, null);

    public BodySections(BodySection? acceptanceCriteria, BodySection? nonGoals)
    {
        AcceptanceCriteria = acceptanceCriteria;
        NonGoals = nonGoals;
    }

    public BodySection? AcceptanceCriteria { get; }

    public BodySection? NonGoals { get; }

    public static BodySections Read(SourceText source, TextSpan body) => BodyParser.Parse(source, body);
}
