using System.Text.RegularExpressions;

namespace Tamer.Spec.Rules.Tests;

/// <summary>The change a fixture stands for: the paths of its <c>&lt;!-- changed: a, b --&gt;</c> comment, or null when it has none.</summary>
internal static partial class FixtureChange
{
    [GeneratedRegex(@"<!--\s*changed:(?<paths>[^>]*)-->", RegexOptions.CultureInvariant)]
    private static partial Regex ChangedPaths();

    public static IReadOnlyList<string>? Of(string text)
    {
        var match = ChangedPaths().Match(text);
        return match.Success ? match.Groups["paths"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null;
    }
}
