using System.Collections.Generic;

namespace Tamer.Spec.Fixes;

/// <summary>The result of applying fixes to one text.</summary>
public sealed class FixApplication
{
    internal FixApplication(string text, IReadOnlyList<CodeFix> applied, IReadOnlyList<CodeFix> leftOut)
    {
        Text = text;
        Applied = applied;
        LeftOut = leftOut;
    }

    /// <summary>The text after the applied fixes.</summary>
    public string Text { get; }

    /// <summary>The fixes applied, in the order given.</summary>
    public IReadOnlyList<CodeFix> Applied { get; }

    /// <summary>The fixes left out because they conflicted with one applied before them.</summary>
    public IReadOnlyList<CodeFix> LeftOut { get; }
}
