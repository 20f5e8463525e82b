using System.Globalization;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Box plots (Tukey: whiskers at the last point within 1.5 IQR), one box per category, or per
/// category and series side by side with a legend (the paper's Figure 6: granularity on x,
/// "48 workers" vs "96 workers" as series). Outliers are hollow, translucent and spread across the
/// box's width (a fixed low-discrepancy jitter, not random) so that repeated values stay countable.
/// A box whose quartiles coincide is drawn as a thick band in its colour. Categories and series keep
/// their order of first appearance.
/// </summary>
public static class BoxplotChart
{
    private const string StrokeColor = "#222222";

    // Golden-ratio spacing: successive outliers land far apart across the box, the same every run.
    private const double Golden = 0.6180339887498949;

    /// <exception cref="ArgumentException">No boxes.</exception>
    public static ChartFigure Render(IReadOnlyList<BoxplotBox> boxes, BoxplotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        options ??= new BoxplotOptions();
        options.Validate();
        if (boxes.Count == 0)
        {
            throw new ArgumentException("A box plot needs at least one box.", nameof(boxes));
        }

        var categories = boxes.Select(b => b.Category).Distinct(StringComparer.Ordinal).ToList();
        var series = boxes.Select(b => b.Series).Distinct(StringComparer.Ordinal).ToList();
        bool grouped = series.Count > 1;
        var seriesColors = Palette.ForSeries(series);
        var categoryColors = Palette.ForSeries(categories);
        var plot = ChartStyle.NewPlot();
        plot.Title(options.Title);
        plot.YLabel(options.YLabel);
        plot.XLabel(options.XLabel);

        double slot = 0.8 / series.Count;
        double yMin = options.IncludeZero ? Math.Min(0, boxes.Min(b => b.Stats.Min)) : boxes.Min(b => b.Stats.Min);
        double yMax = boxes.Max(b => b.Stats.Max);
        double span = Math.Max(yMax - yMin, Math.Abs(yMax) * 1e-3) is > 0 and var s ? s : 1;
        var notes = new List<string>();
        foreach (var box in boxes)
        {
            int si = series.IndexOf(box.Series);
            double x = categories.IndexOf(box.Category) + ((si - ((series.Count - 1) / 2.0)) * slot);
            var color = ChartStyle.Color(grouped ? seriesColors[si] : categoryColors[categories.IndexOf(box.Category)]);
            DrawBox(plot, box, x, slot * 0.8, color, span);
            int shown = DrawOutliers(plot, box, x, slot * 0.8, color, options.MaxOutliersPerBox);
            if (shown < box.Stats.Outliers.Count)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{box.Category} {box.Series}: {shown} of {box.Stats.Outliers.Count} outliers drawn (evenly by rank)."));
            }
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, categories.Count).Select(i => (double)i)], [.. categories]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Axes.SetLimits(-0.6, categories.Count - 0.4, yMin - (0.02 * span), yMax + (0.06 * span));
        if (grouped)
        {
            for (int i = 0; i < series.Count; i++)
            {
                ChartStyle.LegendPatch(plot, series[i], ChartStyle.Color(seriesColors[i]));
            }

            ChartStyle.LegendOutside(plot);
        }

        ChartStyle.Finish(plot);
        return ChartStyle.Single(plot, (int)options.Width, (int)options.Height, notes);
    }

    private static void DrawBox(Plot plot, BoxplotBox box, double x, double width, Color color, double span)
    {
        var st = box.Stats;
        var stroke = ChartStyle.Color(StrokeColor);
        var added = plot.Add.Box(new Box
        {
            Position = x,
            Width = width,
            BoxMin = st.Q1,
            BoxMax = st.Q3,
            BoxMiddle = st.Median,
            WhiskerMin = st.WhiskerLow,
            WhiskerMax = st.WhiskerHigh,
            FillColor = color.WithAlpha(0.8),
            LineColor = stroke,
            LineWidth = 1.2f,
        });
        // BoxPlot hands out palette colours on adding; the figure's own colour goes on afterwards.
        added.FillColor = color.WithAlpha(0.8);
        added.LineColor = stroke;
        added.LineWidth = 1.2f;
        if (st.Q3 - st.Q1 < 0.006 * span)
        {
            // Coinciding quartiles leave no fill to see: a band of the box's colour keeps it identifiable.
            double half = 0.006 * span;
            var band = plot.Add.Rectangle(x - (width / 2), x + (width / 2), st.Median - half, st.Median + half);
            band.FillColor = color;
            band.LineColor = stroke;
            band.LineWidth = 1;
        }
    }

    /// <summary>Draws at most <paramref name="max"/> outliers, spread over the box width; returns how many were drawn.</summary>
    private static int DrawOutliers(Plot plot, BoxplotBox box, double x, double width, Color color, int max)
    {
        var outliers = box.Stats.Outliers;
        if (outliers.Count == 0)
        {
            return 0;
        }

        int stride = Math.Max(1, (int)Math.Ceiling((double)outliers.Count / max));
        var ys = outliers.Where((_, i) => i % stride == 0).ToArray();
        var xs = ys.Select((_, i) => x + (width * 0.8 * (((i * Golden) % 1.0) - 0.5))).ToArray();
        var markers = plot.Add.Markers(xs, ys, MarkerShape.OpenCircle, 5, color.WithAlpha(0.55));
        markers.MarkerLineWidth = 1.2f;
        return ys.Length;
    }
}
