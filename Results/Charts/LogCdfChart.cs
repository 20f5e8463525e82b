using Burstsim.Results.Statistics;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Empirical CDFs on a logarithmic x axis, one stacked panel per quantity (for a trace: per-function rate, mean duration,
/// memory), each sample one step curve in the colour given for it. The figure invitro's sampler draws to compare a sample
/// of functions with the trace it came from (its plot.py: ECDFs on log scale), in burstsim's look.
/// </summary>
public static class LogCdfChart
{
    /// <summary>The per-function trace figure; Height is each panel's.</summary>
    public static ChartOptions Defaults { get; } = new() { Title = "Per-function distributions", YLabel = "fraction of functions", Width = 800, Height = 240, MaxMarks = 2000 };

    /// <summary>Draws <paramref name="panels"/> top to bottom; the i-th sample of every panel takes <paramref name="colors"/>[i] ("#RRGGBB").</summary>
    /// <exception cref="ArgumentException">No panel, a panel without samples, an empty sample, a value not above 0, or fewer colours than samples.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Smaller than 300 x 150 pixels per panel.</exception>
    public static ChartFigure Render(IReadOnlyList<LogCdfPanel> panels, IReadOnlyList<string> colors, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(panels);
        ArgumentNullException.ThrowIfNull(colors);
        options = (options ?? Defaults).Checked(300, 150);
        ChartStyle.Require(panels.Count > 0, "A log CDF chart needs at least one panel.", nameof(panels));
        foreach (var panel in panels)
        {
            ChartStyle.Require(panel.Series.Count > 0 && panel.Series.Count <= colors.Count, "Every panel needs a sample, and a colour for each.", nameof(panels));
            ChartStyle.Require(panel.Series.All(s => s.Values.Count > 0 && s.Values.All(v => v > 0 && double.IsFinite(v))), "Every sample needs values, all finite and above 0 (the axis is logarithmic).", nameof(panels));
        }

        var plots = panels.Select((p, i) => (Build(p, colors, options, legend: i == 0), options.Height)).ToArray();
        // On paper each panel keeps room for its y label ("fraction of functions") at the 7 pt minimum.
        return ChartStack.Stack(options.Style, options.ShownTitle, options.Width, plots, [], minPanelPoints: options.Style.IsPaper ? 125 : null).With(Data(panels, options.MaxMarks));
    }

    /// <summary>Each curve's steps as drawn: panel, series, x (in the quantity's unit, not its logarithm) and the fraction at or below it.</summary>
    internal static FigureData Data(IReadOnlyList<LogCdfPanel> panels, int maxMarks) => new(
        ["panel", "series", "x", "fraction"],
        [.. panels.SelectMany(p => p.Series.SelectMany(s => new EmpiricalCdf(s.Values).Steps(maxMarks)
            .Select(step => (IReadOnlyList<string>)[p.XLabel, s.Name, FigureData.Cell(step.X), FigureData.Cell(step.Fraction)])))]);

    // One legend, inside the top panel's lower right (where a CDF rising to the right leaves room): every panel has the same samples.
    private static Plot Build(LogCdfPanel panel, IReadOnlyList<string> colors, ChartOptions options, bool legend)
    {
        var plot = ChartStyle.NewPlot(options.Style, string.Empty, panel.XLabel, options.YLabel);
        var curves = panel.Series.Select(s => (s.Name, Cdf: new EmpiricalCdf(s.Values.Select(Math.Log10)))).ToArray();
        double min = curves.Min(c => c.Cdf.Min), max = curves.Max(c => c.Cdf.Max);

        // Half a decade of margin each side, so a sample of one value still has an axis to sit on.
        double left = Math.Floor((min - 0.25) * 2) / 2, right = Math.Ceiling((max + 0.25) * 2) / 2;
        foreach (var ((name, cdf), color) in curves.Zip(colors.Select(ChartStyle.Color)))
        {
            ChartMarks.Steps(plot, cdf.Steps(options.MaxMarks).Select(p => (p.X, p.Fraction)), left, right, color);
            if (legend)
            {
                ChartLegend.Line(plot, name, color);
            }
        }

        if (legend)
        {
            ChartLegend.PlaceInside(plot, Alignment.LowerRight);
        }

        plot.Axes.SetLimits(left, right, 0, 1.02);
        LineChart.LogTicks(plot.Axes.Bottom, left, right);
        return plot;
    }
}
