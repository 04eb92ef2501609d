using System.Globalization;
using System.Net;

namespace Tamer.Spec.Cli.Metrics.Html;

/// <summary>Text as HTML writes it: escaped, numbers in the invariant culture.</summary>
internal static class HtmlText
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
