using System;
using System.Globalization;

namespace Tamer.Spec.Rules;

/// <summary>
/// A number a rule pack lets a team change in <c>.tamer.yml</c> (<c>settings: { axis: { name: value } }</c>):
/// a threshold such as the diff size above which non-goals are required. The pack declares each
/// one with its default and bounds; the engine checks what the file says against them and hands
/// the rule the value in force through <see cref="RuleContext.Settings"/>.
/// </summary>
public sealed class PackSetting
{
    private PackSetting(string name, string description, int defaultValue, int minimum, int maximum)
    {
        Name = name;
        Description = description;
        DefaultValue = defaultValue;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The key under the pack's axis in <c>settings:</c> (lower case, words joined by underscores).</summary>
    public string Name { get; }

    /// <summary>One sentence saying what the number changes.</summary>
    public string Description { get; }

    /// <summary>The value when the configuration does not set it.</summary>
    public int DefaultValue { get; }

    /// <summary>The smallest value accepted.</summary>
    public int Minimum { get; }

    /// <summary>The largest value accepted.</summary>
    public int Maximum { get; }

    /// <summary>Declares a whole-number setting.</summary>
    /// <param name="name">The key: lower-case letters, digits and underscores, starting with a letter.</param>
    /// <param name="description">What the number changes.</param>
    /// <param name="defaultValue">The value when unset; inside the bounds.</param>
    /// <param name="minimum">The smallest value accepted.</param>
    /// <param name="maximum">The largest value accepted.</param>
    public static PackSetting Integer(string name, string description, int defaultValue, int minimum = 0, int maximum = int.MaxValue)
    {
        if (name is null || !IsValidName(name))
        {
            throw new ArgumentException("A setting's name is lower-case letters, digits and underscores, starting with a letter.", nameof(name));
        }

        if (minimum > maximum || defaultValue < minimum || defaultValue > maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(defaultValue), "The default must lie between the minimum and the maximum.");
        }

        return new PackSetting(name, description ?? throw new ArgumentNullException(nameof(description)), defaultValue, minimum, maximum);
    }

    /// <summary>
    /// Reads a value as written in the configuration; on failure <paramref name="problem"/> says
    /// what is accepted.
    /// </summary>
    public bool TryRead(string text, out int value, out string? problem)
    {
        problem = null;
        if (!int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            problem = "'" + text + "' is not a whole number" + Bounds();
            return false;
        }

        if (value < Minimum || value > Maximum)
        {
            problem = value.ToString(CultureInfo.InvariantCulture) + " is out of range" + Bounds();
            return false;
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Name + " = " + DefaultValue.ToString(CultureInfo.InvariantCulture);

    private string Bounds() => Maximum == int.MaxValue
        ? "; '" + Name + "' takes a whole number of at least " + Minimum.ToString(CultureInfo.InvariantCulture)
        : "; '" + Name + "' takes a whole number from " + Minimum.ToString(CultureInfo.InvariantCulture) + " to " + Maximum.ToString(CultureInfo.InvariantCulture);

    private static bool IsValidName(string name)
    {
        if (name.Length == 0 || name.Length > 60 || name[0] < 'a' || name[0] > 'z')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
