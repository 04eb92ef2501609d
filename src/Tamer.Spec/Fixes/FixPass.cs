using System.Collections.Generic;

namespace Tamer.Spec.Fixes;

/// <summary>One pass over one file: its text before, the fixes applied (their edits are on that text), and its text after.</summary>
public sealed class FixPass
{
    internal FixPass(string textBefore, IReadOnlyList<CodeFix> applied, string textAfter)
    {
        TextBefore = textBefore;
        Applied = applied;
        TextAfter = textAfter;
    }

    /// <summary>The text the edits apply to.</summary>
    public string TextBefore { get; }

    /// <summary>The fixes applied in this pass.</summary>
    public IReadOnlyList<CodeFix> Applied { get; }

    /// <summary>The text after this pass.</summary>
    public string TextAfter { get; }
}
