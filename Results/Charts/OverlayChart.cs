using System.Globalization;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Real vs simulated in one figure (for <c>burstsim validate</c>): the box plots of the two samples
/// on the left third, their empirical CDFs overlaid on the right, each sample in the colour it has
/// in the validation's own box plot and CDF; legend entries carry n.
/// </summary>
public static class OverlayChart
{
    /// <summary>A startup-latency comparison; XLabel is the measured quantity with its unit.</summary>
    public static ChartOptions Defaults { get; } = new() { Title = "Startup latency: real vs simulated", XLabel = "startup latency (s)", YLabel = "fraction of functions", Width = 1000, Height = 420 };

    /// <exception cref="ArgumentException">A sample is empty or holds a non-finite value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Smaller than 500 x 250 pixels.</exception>
    public static ChartFigure Render(IReadOnlyList<double> real, IReadOnlyList<double> simulated, ChartOptions? options = null)
    {
        options = (options ?? Defaults).Checked(500, 250);
        ChartStyle.Require(real.Count > 0 && simulated.Count > 0 && real.Concat(simulated).All(double.IsFinite), "Both samples need at least one value, all finite.", nameof(real));
        var notes = new List<string>();
        var drawn = new HashSet<(string, string, double)>();
        var boxes = BoxplotChart.Build([("real", "", real), ("simulated", "", simulated)],
            options with { Title = options.Style.DrawsTitles ? "distribution" : "", XLabel = "", YLabel = options.XLabel }, notes, null, drawn);
        var cdf = CdfChart.Build([(Named("real", real), real), (Named("simulated", simulated), simulated)],
            options with { Title = options.Style.DrawsTitles ? "cumulative distribution" : "" }, Palette.ForSeries(["real", "simulated"]));
        var style = options.Style;
        int width = (int)style.Width(options.Width);
        int height = (int)style.Height(options.Height, options.Width, 150);
        int split = width / 3;
        int strip = style.DrawsTitles ? 36 : 0;
        if (style.IsPaper)
        {
            ChartStyle.ShrinkMarks(boxes, style.MarkScale);
            ChartStyle.ShrinkMarks(cdf, style.MarkScale);
        }

        var panels = new List<(Plot, PixelRect)>
        {
            (ChartLegend.Finish(boxes, style), new PixelRect(0, split, height, strip)),
            (ChartLegend.Finish(cdf, style), new PixelRect(split, width, height, strip)),
        };
        if (strip > 0)
        {
            panels.Insert(0, (ChartLegend.Finish(ChartStack.TitleStrip(style, options.Title), style), new PixelRect(0, width, strip, 0)));
        }

        return new ChartFigure(width, height, panels, notes, style).With(BoxplotChart.Data([("real", "", real), ("simulated", "", simulated)], drawn));
    }

    private static string Named(string name, IReadOnlyList<double> values) => string.Create(CultureInfo.InvariantCulture, $"{name} (n={values.Count})");
}
