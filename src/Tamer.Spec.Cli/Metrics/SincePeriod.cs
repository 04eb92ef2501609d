using System;
using System.Globalization;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>
/// Reads <c>--since</c>: a number of weeks (<c>26w</c>, counting the week the history ends in) or
/// a date (<c>2026-01-05</c>, whose week is the first).
/// </summary>
internal static class SincePeriod
{
    public const int MaxWeeks = 520;

    /// <summary>The first moment the report covers, given the moment the history ends.</summary>
    public static DateTimeOffset FirstMoment(string since, DateTimeOffset end)
    {
        if (since.EndsWith('w') && int.TryParse(since.AsSpan(0, since.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var weeks))
        {
            if (weeks is < 1 or > MaxWeeks)
            {
                throw new UsageException("--since takes 1 to " + MaxWeeks + " weeks, not " + weeks);
            }

            return end.AddDays(-7 * (weeks - 1));
        }

        if (DateTime.TryParseExact(since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        throw new UsageException("--since takes a number of weeks (26w) or a date (2026-01-05), not '" + since + "'");
    }
}
