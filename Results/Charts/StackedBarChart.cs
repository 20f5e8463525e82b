using System.Globalization;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Stacked bars, one per category (e.g. makespan split by phase per policy): segments stack
/// bottom-up in order of first appearance, each segment one of the phase tints (pale, so no phase reads
/// as a policy colour; outlined so neighbours stay apart in greyscale), legend right of the plot (screen) or above it (paper).
/// </summary>
public static class StackedBarChart
{
    private static readonly IReadOnlyList<string> SegmentColors = Palette.PhaseTints;

    /// <summary>Draws each bar's <c>Value</c> (e.g. seconds of makespan) of phase <c>Segment</c> (e.g. "cold start") in bar <c>Category</c> (e.g. a policy).</summary>
    /// <exception cref="ArgumentException">No bars, a negative or non-finite value, more segments than colours (7), a category-segment pair given twice, or no YLabel.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Smaller than 300 x 200 pixels.</exception>
    public static ChartFigure Render(IReadOnlyList<(string Category, string Segment, double Value)> bars, ChartOptions options)
    {
        options.Checked(300, 200);
        var categories = bars.Select(b => b.Category).Distinct(StringComparer.Ordinal).ToList();
        var segments = bars.Select(b => b.Segment).Distinct(StringComparer.Ordinal).ToList();
        ChartStyle.Require(bars.Count > 0, "A stacked bar chart needs at least one bar.", nameof(bars));
        ChartStyle.Require(bars.All(b => double.IsFinite(b.Value) && b.Value >= 0), "Every segment value must be finite and at least 0.", nameof(bars));
        ChartStyle.Require(segments.Count <= SegmentColors.Count, $"At most {SegmentColors.Count} segments can be told apart by colour.", nameof(bars));
        ChartStyle.Require(bars.DistinctBy(b => (b.Category, b.Segment)).Count() == bars.Count, "Each category and segment pair may appear once.", nameof(bars));
        ChartStyle.Require(options.YLabel.Length > 0, "YLabel must name the stacked quantity and its unit, e.g. \"makespan (s)\".", nameof(options));

        var plot = ChartStyle.NewPlot(options.Style, options.ShownTitle, options.XLabel, options.YLabel);
        var totals = new double[categories.Count];
        var drawn = new List<Bar>();
        foreach (var (segment, color) in segments.Zip(SegmentColors.Select(ChartStyle.Color)))
        {
            // Zero-height segments are left out; a category without this segment stacks nothing.
            foreach (var bar in bars.Where(b => b.Segment == segment && b.Value > 0))
            {
                int c = categories.IndexOf(bar.Category);
                drawn.Add(new Bar { Position = c, ValueBase = totals[c], Value = totals[c] + bar.Value, Size = 0.6, FillColor = color, LineColor = Colors.Black.WithAlpha(0.5), LineWidth = 0.5f });
                totals[c] += bar.Value;
            }

            ChartLegend.Patch(plot, segment, color);
        }

        plot.Add.Bars(drawn.ToArray());
        double top = Math.Max(totals.Max(), 1e-9);
        for (int c = 0; c < categories.Count; c++)
        {
            var label = plot.Add.Text(totals[c].ToString("G4", CultureInfo.InvariantCulture), c, totals[c] + (0.01 * top));
            label.LabelAlignment = Alignment.LowerCenter;
            label.LabelFontSize = options.Style.TickSize;
        }

        ChartMarks.CategoryAxis(plot, categories, options.Style.Width(options.Width) - 70, options.Style.TickSize);
        plot.Axes.SetLimits(-0.6, categories.Count - 0.4, 0, top * 1.1);
        return ChartStack.Stack(options.Style, null, options.Width, [(plot, options.Height)], [])
            .With(new FigureData(["category", "segment", "value"], [.. bars.Select(b => (IReadOnlyList<string>)[b.Category, b.Segment, FigureData.Cell(b.Value)])]));
    }
}
