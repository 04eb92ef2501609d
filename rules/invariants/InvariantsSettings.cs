namespace Tamer.Spec.Rules.Invariants;

/// <summary>The numbers of the invariants axis a team may change in <c>.tamer.yml</c>.</summary>
public static class InvariantsSettings
{
    /// <summary>
    /// <c>settings: { invariants: { broad_change_files: N } }</c>: the most files a change may
    /// touch (write paths, or <c>estimate.files</c>) before it must name its invariants.
    /// </summary>
    public static PackSetting BroadChangeFiles { get; } = PackSetting.Integer(
        "broad_change_files",
        "The most files a change may touch (paths in scope.write, or estimate.files) before it must declare invariants (TMR3001).",
        defaultValue: 5);
}
