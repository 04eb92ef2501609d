using System;
using System.Collections.Generic;

namespace Tamer.Spec.Rules;

/// <summary>
/// The values of a pack's <see cref="RulePack.Settings"/> in force for a run: what the
/// configuration says, or each setting's default.
/// </summary>
public sealed class PackSettingValues
{
    private readonly IReadOnlyDictionary<string, int> _configured;

    /// <summary>Values for a run where the configuration sets nothing: every setting at its default.</summary>
    public static PackSettingValues Defaults { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>Creates the values of a run from the configured ones (by setting name).</summary>
    public PackSettingValues(IReadOnlyDictionary<string, int> configured)
    {
        _configured = configured ?? throw new ArgumentNullException(nameof(configured));
    }

    /// <summary>The value of <paramref name="setting"/>: the configured one, or its default.</summary>
    public int Get(PackSetting setting)
    {
        if (setting is null)
        {
            throw new ArgumentNullException(nameof(setting));
        }

        return _configured.TryGetValue(setting.Name, out var value) ? value : setting.DefaultValue;
    }
}
