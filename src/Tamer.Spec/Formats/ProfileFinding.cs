using System.Collections.Generic;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats;

/// <summary>
/// One problem a format profile found in a file of its layout: what it is, where, and the values its
/// message names, in the order the format rule's message uses them. The profile finds; the format
/// rule decides the diagnostic.
/// </summary>
public sealed class ProfileFinding
{
    /// <summary>Creates a finding.</summary>
    public ProfileFinding(ProfileFindingKind kind, TextSpan span, IReadOnlyList<object> arguments, bool isAdvisory = false)
    {
        Kind = kind;
        Span = span;
        Arguments = arguments ?? throw new System.ArgumentNullException(nameof(arguments));
        IsAdvisory = isAdvisory;
    }

    /// <summary>What the profile found.</summary>
    public ProfileFindingKind Kind { get; }

    /// <summary>Where, in the file's text.</summary>
    public TextSpan Span { get; }

    /// <summary>The values the message names.</summary>
    public IReadOnlyList<object> Arguments { get; }

    /// <summary>True when the finding only informs (an open question in a draft), whatever the diagnostic's default severity.</summary>
    public bool IsAdvisory { get; }
}
