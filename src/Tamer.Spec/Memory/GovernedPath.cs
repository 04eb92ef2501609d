using Tamer.Spec.Paths;
using Tamer.Spec.Text;

namespace Tamer.Spec.Memory;

/// <summary>One <c>applies_to</c> glob of an invariant: the text as written and the pattern it reads as.</summary>
public sealed class GovernedPath
{
    /// <summary>Creates a governed path.</summary>
    public GovernedPath(SourcedText text)
    {
        Text = text;
        Pattern = PathPattern.Parse(text.Value);
    }

    /// <summary>The glob as written, with its place in the registry file.</summary>
    public SourcedText Text { get; }

    /// <summary>The glob.</summary>
    public PathPattern Pattern { get; }
}
