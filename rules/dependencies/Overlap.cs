using Tamer.Spec.Model;
using Tamer.Spec.Text;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// One active Work Item that the analysed one overlaps: its id and status, the path of its write
/// scope that is shared, and the first evidence in the analysed Work Item (where, how, and whether
/// it names the very same path).
/// </summary>
internal sealed class Overlap
{
    public Overlap(string otherId, WorkItemStatus otherStatus, string sharedPath, TextSpan evidence, OverlapKind kind, bool isSamePath)
    {
        OtherId = otherId;
        OtherStatus = otherStatus;
        SharedPath = sharedPath;
        Evidence = evidence;
        Kind = kind;
        IsSamePath = isSamePath;
    }

    public string OtherId { get; }

    public WorkItemStatus OtherStatus { get; }

    /// <summary>The other Work Item's write entry, as written.</summary>
    public string SharedPath { get; }

    public TextSpan Evidence { get; }

    public OverlapKind Kind { get; }

    /// <summary>True when the evidence names exactly the path the other Work Item writes (not a folder or glob around it).</summary>
    public bool IsSamePath { get; }

    /// <summary>How the analysed Work Item touches the path, as the 2.0.0 message says it.</summary>
    public string How => Kind switch
    {
        OverlapKind.AlsoWrites => "also writes",
        OverlapKind.Reads => "reads",
        _ => "names",
    };
}
