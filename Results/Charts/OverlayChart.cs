using System.Globalization;
using Burstsim.Results.Statistics;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Real vs simulated in one figure (for <c>burstsim validate</c>): box plots of the two samples side
/// by side on the left, their empirical CDFs overlaid on the right, the real run in black and the
/// simulation in blue throughout; legend entries carry n.
/// </summary>
public static class OverlayChart
{
    /// <exception cref="ArgumentException">A sample is empty or holds a non-finite value.</exception>
    public static ChartFigure Render(OverlaySample real, OverlaySample simulated, OverlayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(simulated);
        options ??= new OverlayOptions();
        options.Validate();
        foreach (var sample in new[] { real, simulated })
        {
            if (sample.Values is null || sample.Values.Count == 0 || sample.Values.Any(v => !double.IsFinite(v)))
            {
                throw new ArgumentException($"Sample '{sample.Name}' needs at least one value, all finite.", nameof(real));
            }
        }

        string[] colors = [Palette.Black, Palette.Blue];
        var named = new[] { real, simulated }.Select(s => s with { Name = string.Create(CultureInfo.InvariantCulture, $"{s.Name} (n={s.Values.Count})") }).ToArray();

        var boxes = ChartStyle.NewPlot();
        boxes.Title("distribution");
        boxes.YLabel(options.ValueLabel);
        for (int i = 0; i < 2; i++)
        {
            var st = BoxplotStats.FromValues(named[i].Values);
            var added = boxes.Add.Box(new Box
            {
                Position = i, Width = 0.5, BoxMin = st.Q1, BoxMax = st.Q3, BoxMiddle = st.Median,
                WhiskerMin = st.WhiskerLow, WhiskerMax = st.WhiskerHigh,
            });
            added.FillColor = ChartStyle.Color(colors[i]).WithAlpha(0.35);
            added.LineColor = ChartStyle.Color(colors[i]);
            added.LineWidth = 1.5f;
            var outliers = boxes.Add.Markers(st.Outliers.Select(_ => (double)i).ToArray(), [.. st.Outliers], MarkerShape.OpenCircle, 5, ChartStyle.Color(colors[i]).WithAlpha(0.5));
            outliers.MarkerLineWidth = 1.2f;
        }

        boxes.Axes.Bottom.SetTicks([0, 1], [real.Name, simulated.Name]);
        boxes.Axes.Bottom.MajorTickStyle.Length = 0;
        boxes.Grid.XAxisStyle.IsVisible = false;
        double min = Math.Min(0, named.Min(s => s.Values.Min()));
        double max = named.Max(s => s.Values.Max());
        boxes.Axes.SetLimits(-0.6, 1.6, min, max + (0.06 * Math.Max(max - min, 1e-9)));
        ChartStyle.Finish(boxes);

        var cdf = ChartStyle.NewPlot();
        cdf.Title("cumulative distribution");
        CdfChart.AddCurves(cdf, [.. named.Select(s => CdfSeries.FromValues(s.Name, s.Values))], colors,
            new CdfOptions { XLabel = options.ValueLabel, YLabel = "fraction of functions" });
        ChartStyle.Finish(cdf);

        int width = (int)options.Width;
        int height = (int)options.Height;
        int split = width / 3;
        var title = ChartStyle.TitleStrip(options.Title);
        return new ChartFigure(width, height, [
            (title, new PixelRect(0, width, 36, 0)),
            (boxes, new PixelRect(0, split, height, 36)),
            (cdf, new PixelRect(split, width, height, 36)),
        ], []);
    }
}
