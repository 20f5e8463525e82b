using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Empirical CDFs of several samples overlaid as step lines, legend right of the plot. The y axis
/// runs to 1.02 so that steps reaching 1.0 stay visible above the frame.
/// </summary>
public static class CdfChart
{
    /// <exception cref="ArgumentException">No series.</exception>
    public static ChartFigure Render(IReadOnlyList<CdfSeries> series, CdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= new CdfOptions();
        options.Validate();
        if (series.Count == 0)
        {
            throw new ArgumentException("A CDF chart needs at least one series.", nameof(series));
        }

        var plot = ChartStyle.NewPlot();
        plot.Title(options.Title);
        AddCurves(plot, series, Palette.ForSeries([.. series.Select(s => s.Name)]), options);
        ChartStyle.Finish(plot);
        return ChartStyle.Single(plot, (int)options.Width, (int)options.Height, []);
    }

    /// <summary>Draws the curves, axes and legend of a CDF into <paramref name="plot"/> (shared with the overlay figure).</summary>
    internal static void AddCurves(Plot plot, IReadOnlyList<CdfSeries> series, IReadOnlyList<string> colors, CdfOptions options)
    {
        plot.XLabel(options.XLabel);
        plot.YLabel(options.YLabel);
        double min = series.Min(s => s.Cdf.Min);
        double max = series.Max(s => s.Cdf.Max);
        double left = options.IncludeZero ? Math.Min(0, min) : min;
        double right = max + (0.03 * Math.Max(max - left, 1e-9));
        for (int i = 0; i < series.Count; i++)
        {
            var steps = series[i].Cdf.Steps(options.MaxStepsPerSeries);
            var xs = new List<double>(2 * steps.Count + 2) { left };
            var ys = new List<double>(xs.Capacity) { 0 };
            double previous = 0;
            foreach (var step in steps)
            {
                xs.Add(step.X);
                ys.Add(previous);
                xs.Add(step.X);
                ys.Add(previous = step.Fraction);
            }

            xs.Add(right);
            ys.Add(previous);
            var color = ChartStyle.Color(colors[i]);
            ChartStyle.Line(plot, [.. xs], [.. ys], color, 2, LinePattern.Solid);
            ChartStyle.LegendLine(plot, series[i].Name, color);
        }

        plot.Axes.SetLimits(left, right, 0, 1.02);
        ChartStyle.LegendOutside(plot);
    }
}
