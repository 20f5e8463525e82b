using Burstsim.Results.Statistics;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Empirical CDFs of several named samples (e.g. each policy's startup latencies) overlaid as step
/// lines from x = 0, legend right of the plot. The y axis runs to 1.02 so that steps reaching 1.0
/// stay visible above the frame.
/// </summary>
public static class CdfChart
{
    /// <summary>The startup-latency CDF; MaxMarks is the most steps drawn per curve (thinned by <see cref="Statistics.EmpiricalCdf.Steps"/>).</summary>
    public static ChartOptions Defaults { get; } = new() { Title = "Startup latency distribution", XLabel = "startup latency (s)", YLabel = "fraction of functions", Width = 800, Height = 460, MaxMarks = 2000 };

    /// <exception cref="ArgumentException">No series.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Smaller than 300 x 200 pixels.</exception>
    public static ChartFigure Render(IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, ChartOptions? options = null)
    {
        options = (options ?? Defaults).Checked(300, 200);
        return ChartStack.Stack(options.Style, null, options.Width, [(Build(series, options, Palette.ForSeries([.. series.Select(s => s.Name)])), options.Height)], []).With(Data(series, options.MaxMarks));
    }

    /// <summary>Each curve's steps as drawn: series, x and the fraction at or below it.</summary>
    internal static FigureData Data(IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, int maxMarks) => new(
        ["series", "x", "fraction"],
        [.. series.SelectMany(s => new EmpiricalCdf(s.Values).Steps(maxMarks).Select(p => (IReadOnlyList<string>)[s.Name, FigureData.Cell(p.X), FigureData.Cell(p.Fraction)]))]);

    /// <summary>The plot of a CDF figure (also the overlay's right part), one curve per series in <paramref name="colors"/>.</summary>
    internal static Plot Build(IReadOnlyList<(string Name, IReadOnlyList<double> Values)> samples, ChartOptions options, IReadOnlyList<string> colors)
    {
        ChartStyle.Require(samples.Count > 0, "A CDF chart needs at least one series.", nameof(samples));
        var series = samples.Select(s => (s.Name, Cdf: new EmpiricalCdf(s.Values))).ToArray();
        var plot = ChartStyle.NewPlot(options.Style, options.ShownTitle, options.XLabel, options.YLabel);
        double left = Math.Min(0, series.Min(s => s.Cdf.Min));
        double right = series.Max(s => s.Cdf.Max) + (0.03 * Math.Max(series.Max(s => s.Cdf.Max) - left, 1e-9));
        foreach (var (s, color) in series.Zip(colors.Select(ChartStyle.Color)))
        {
            ChartMarks.Steps(plot, s.Cdf.Steps(options.MaxMarks).Select(p => (p.X, p.Fraction)), left, right, color);
            ChartLegend.Line(plot, s.Name, color);
        }

        plot.Axes.SetLimits(left, right, 0, 1.02);
        // One format for every fraction (0.0 to 1.0): the automatic labels read 0, 0.2, ..., 1.
        double[] fractions = [0, 0.2, 0.4, 0.6, 0.8, 1];
        plot.Axes.Left.SetTicks(fractions, [.. fractions.Select(f => f.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))]);
        return plot;
    }
}
