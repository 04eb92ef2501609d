namespace Tamer.Spec.Rules.Memory;

/// <summary>The numbers of the memory axis a team may change in <c>.tamer.yml</c>.</summary>
public static class MemorySettings
{
    /// <summary>
    /// <c>settings: { memory: { similarity_percent: N } }</c>: how much of a rejected design's
    /// distinctive words a Work Item must share before TMR7009 names the design.
    /// </summary>
    public static PackSetting SimilarityPercent { get; } = PackSetting.Integer(
        "similarity_percent",
        "The share (in percent) of a rejected design's weighted words a Work Item must contain before it is said to resemble the design (TMR7009).",
        defaultValue: 50,
        minimum: 1,
        maximum: 100);
}
