namespace Tamer.Spec.Rules.NonGoals;

/// <summary>The numbers of the non-goals axis a team may change in <c>.tamer.yml</c>.</summary>
public static class NonGoalsSettings
{
    /// <summary>
    /// <c>settings: { non-goals: { large_diff_lines: N } }</c>: the expected diff size
    /// (<c>estimate.diff_lines</c>) above which a Work Item names its non-goals and accepted failures.
    /// </summary>
    public static PackSetting LargeDiffLines { get; } = PackSetting.Integer(
        "large_diff_lines",
        "The expected diff size (estimate.diff_lines) above which a Work Item names its non-goals (TMR5001) and accepted failures (TMR5002).",
        defaultValue: 50);
}
