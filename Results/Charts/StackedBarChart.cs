using System.Globalization;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Stacked bars, one per category (e.g. makespan split by phase per policy): segments stack
/// bottom-up in order of first appearance, each segment one Okabe-Ito colour (never black, so the
/// total printed above each bar stays distinct), legend right of the plot.
/// </summary>
public static class StackedBarChart
{
    private static readonly string[] SegmentColors = [Palette.Blue, Palette.Orange, Palette.BluishGreen, Palette.Vermillion, Palette.SkyBlue, Palette.ReddishPurple, Palette.Yellow];

    /// <exception cref="ArgumentException">No bars, a negative or non-finite value, more segments than colours (7), or a category-segment pair given twice.</exception>
    public static ChartFigure Render(IReadOnlyList<StackedBar> bars, StackedBarOptions options)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Check(bars);
        var categories = bars.Select(b => b.Category).Distinct(StringComparer.Ordinal).ToList();
        var segments = bars.Select(b => b.Segment).Distinct(StringComparer.Ordinal).ToList();

        var plot = ChartStyle.NewPlot();
        plot.Title(options.Title);
        plot.XLabel(options.XLabel);
        plot.YLabel(options.YLabel);
        var totals = new double[categories.Count];
        var drawn = new List<Bar>();
        foreach (string segment in segments)
        {
            var color = ChartStyle.Color(SegmentColors[segments.IndexOf(segment)]);
            for (int c = 0; c < categories.Count; c++)
            {
                var bar = bars.FirstOrDefault(b => b.Category == categories[c] && b.Segment == segment);
                if (bar is null || bar.Value == 0)
                {
                    continue;
                }

                drawn.Add(new Bar { Position = c, ValueBase = totals[c], Value = totals[c] + bar.Value, Size = 0.6, FillColor = color, LineColor = Colors.White, LineWidth = 0.5f });
                totals[c] += bar.Value;
            }

            ChartStyle.LegendPatch(plot, segment, color);
        }

        plot.Add.Bars(drawn.ToArray());
        double top = Math.Max(totals.Max(), 1e-9);
        for (int c = 0; c < categories.Count; c++)
        {
            var label = plot.Add.Text(totals[c].ToString("G4", CultureInfo.InvariantCulture), c, totals[c] + (0.01 * top));
            label.LabelAlignment = Alignment.LowerCenter;
            label.LabelFontSize = ChartStyle.TickSize;
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, categories.Count).Select(i => (double)i)], [.. categories]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Axes.SetLimits(-0.6, categories.Count - 0.4, 0, top * 1.1);
        ChartStyle.LegendOutside(plot);
        ChartStyle.Finish(plot);
        return ChartStyle.Single(plot, (int)options.Width, (int)options.Height, []);
    }

    private static void Check(IReadOnlyList<StackedBar> bars)
    {
        if (bars.Count == 0)
        {
            throw new ArgumentException("A stacked bar chart needs at least one bar.", nameof(bars));
        }

        if (bars.Any(b => b is null || !double.IsFinite(b.Value) || b.Value < 0))
        {
            throw new ArgumentException("Every segment value must be finite and at least 0.", nameof(bars));
        }

        if (bars.Select(b => b.Segment).Distinct(StringComparer.Ordinal).Count() > SegmentColors.Length)
        {
            throw new ArgumentException($"At most {SegmentColors.Length} segments can be told apart by colour.", nameof(bars));
        }

        if (bars.GroupBy(b => (b.Category, b.Segment)).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("Each category and segment pair may appear once.", nameof(bars));
        }
    }
}
