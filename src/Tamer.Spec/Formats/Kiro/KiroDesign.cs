using System.Collections.Generic;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats.Kiro;

/// <summary>What the profile reads of a Kiro design.md: its file list (see <see cref="KiroDesignReader"/>).</summary>
internal sealed class KiroDesign
{
    public KiroDesign(IReadOnlyList<(string Path, TextSpan Span)> files)
    {
        Files = files;
    }

    /// <summary>The paths the design names as the files the feature changes, each with its span in design.md.</summary>
    public IReadOnlyList<(string Path, TextSpan Span)> Files { get; }
}
