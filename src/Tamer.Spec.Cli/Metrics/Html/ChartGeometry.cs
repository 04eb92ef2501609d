namespace Tamer.Spec.Cli.Metrics.Html;

/// <summary>
/// Where a chart draws: a fixed view box (the SVG scales to its container), the plot area inside
/// its margins, and the x position of each week.
/// </summary>
internal sealed class ChartGeometry
{
    public const double Width = 720;
    public const double Height = 280;
    public const double Left = 48;
    public const double Right = 16;
    public const double Top = 16;
    public const double Bottom = 48;

    private readonly int _weeks;

    public ChartGeometry(int weeks)
    {
        _weeks = weeks;
    }

    public static double PlotWidth => Width - Left - Right;

    public static double PlotHeight => Height - Top - Bottom;

    /// <summary>The width of one week's slot.</summary>
    public double Slot => PlotWidth / System.Math.Max(1, _weeks);

    /// <summary>The x of the middle of week <paramref name="index"/>'s slot.</summary>
    public double X(int index) => Left + (Slot * index) + (Slot / 2);

    /// <summary>The y of <paramref name="value"/> on a scale from 0 to <paramref name="max"/>.</summary>
    public static double Y(double value, double max) => Top + PlotHeight - (max <= 0 ? 0 : value / max * PlotHeight);

    /// <summary>Every how many weeks a label fits under the x axis.</summary>
    public int LabelEvery => System.Math.Max(1, (int)System.Math.Ceiling(_weeks * 64 / PlotWidth));
}
