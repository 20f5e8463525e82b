using System.Globalization;
using Burstsim.Results.Statistics;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Box plots (Tukey: whiskers at the last point within 1.5 IQR), one box per category, or per
/// category and series side by side with a legend (the paper's Figure 6: granularity on x,
/// "48 workers" vs "96 workers" as series). Outliers are hollow, translucent and spread across the
/// box's width (a fixed low-discrepancy jitter, not random) so that repeated values stay countable.
/// A box whose quartiles coincide keeps a thin band of its colour around the median. A linear value axis starts at
/// zero (latencies compare best against nothing), a log one just below the smallest value; categories and series keep their order of first appearance.
/// </summary>
public static class BoxplotChart
{
    private const string StrokeColor = "#222222";

    // Golden-ratio spacing: successive outliers land far apart across the box, the same every run.
    private const double Golden = 0.6180339887498949;

    /// <summary>The startup-latency figure; MaxMarks is the most outliers drawn per box (every k-th by rank beyond it).</summary>
    public static ChartOptions Defaults { get; } = new() { Title = "Startup latency", YLabel = "startup latency (s)", Width = 900, Height = 480, MaxMarks = 500 };

    /// <summary>One box per <c>Values</c> (e.g. startups, s) of a <c>Category</c> (x position, e.g. a policy or a granularity) within a <c>Series</c> (one name for a plain box plot).</summary>
    /// <param name="boxes">The boxes in drawing order.</param>
    /// <param name="options">Text and size; <see cref="Defaults"/> when null.</param>
    /// <param name="logY">
    /// The value axis on a log10 scale labelled with plain values (1, 2, 5, 10, 20 s): boxes an order of magnitude apart
    /// (classic's 5-18 s beside bursts' 1.3-3 s) all keep their height. The statistics are the same (Tukey on the values);
    /// only where they are drawn changes. Ignored when a value is not above zero.
    /// </param>
    /// <exception cref="ArgumentException">No boxes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Smaller than 300 x 200 pixels.</exception>
    public static ChartFigure Render(IReadOnlyList<(string Category, string Series, IReadOnlyList<double> Values)> boxes, ChartOptions? options = null, bool logY = false)
    {
        options = (options ?? Defaults).Checked(300, 200);
        var notes = new List<string>();
        return ChartStyle.Stack(options.Style, null, options.Width, [(Build(boxes, options, notes, logY), options.Height)], notes).With(Data(boxes));
    }

    /// <summary>One row per box: its category, series, n and the five numbers with the Tukey whiskers and outlier count.</summary>
    internal static FigureData Data(IReadOnlyList<(string Category, string Series, IReadOnlyList<double> Values)> boxes) => new(
        ["category", "series", "n", "min", "q1", "median", "q3", "whisker_low", "whisker_high", "max", "outliers"],
        [.. boxes.Select(b => (b, s: BoxplotStats.FromValues(b.Values))).Select(x => (IReadOnlyList<string>)
        [
            x.b.Category, x.b.Series, x.b.Values.Count.ToString(CultureInfo.InvariantCulture), FigureData.Cell(x.s.Min), FigureData.Cell(x.s.Q1), FigureData.Cell(x.s.Median),
            FigureData.Cell(x.s.Q3), FigureData.Cell(x.s.WhiskerLow), FigureData.Cell(x.s.WhiskerHigh), FigureData.Cell(x.s.Max), x.s.Outliers.Count.ToString(CultureInfo.InvariantCulture),
        ])]);

    /// <summary>The plot of a box plot figure (also the overlay's left part); a note per box whose outliers were thinned.</summary>
    internal static Plot Build(IReadOnlyList<(string Category, string Series, IReadOnlyList<double> Values)> samples, ChartOptions options, List<string> notes, bool logY = false)
    {
        ChartStyle.Require(samples.Count > 0, "A box plot needs at least one box.", nameof(samples));
        var boxes = samples.Select(s => (s.Category, s.Series, Stats: BoxplotStats.FromValues(s.Values))).ToArray();
        var categories = boxes.Select(b => b.Category).Distinct(StringComparer.Ordinal).ToList();
        var series = boxes.Select(b => b.Series).Distinct(StringComparer.Ordinal).ToList();
        // Several series are told apart by colour (with a legend); a single one colours its categories.
        var colors = Palette.ForSeries(series.Count > 1 ? series : categories).Select(ChartStyle.Color).ToArray();
        var clipped = new List<(string Category, string Series, int Count, double Max)>();
        var plot = ChartStyle.NewPlot(options.Style, options.ShownTitle, options.XLabel, options.YLabel);
        if (options.Style.IsPaper && options.XLabel is { Length: > 0 } xLabel)
        {
            // A long axis label ("policy (n = 48 to 960 functions per box, one replication)") was cut at both edges of a
            // 3 in figure: past the canvas width (about 0.55 em a character) it breaks at spaces onto two lines.
            int fits = (int)(options.Style.Width(options.Width) / (0.55 * options.Style.LabelSize));
            if (xLabel.Length > fits)
            {
                plot.Axes.Bottom.Label.Text = ChartStyle.Wrap(xLabel, fits);
            }
        }
        double slot = 0.8 / series.Count;
        double yMin = Math.Min(0, boxes.Min(b => b.Stats.Min));
        // Far outliers (a third beyond the highest whisker) would squeeze the other boxes: the axis ends just above
        // the whiskers and the outliers past it are counted at the top edge instead of drawn.
        double whiskers = boxes.Max(b => Math.Max(b.Stats.WhiskerHigh, b.Stats.Q3));
        double cut = whiskers > 0 && boxes.Max(b => b.Stats.Max) > 1.3 * whiskers ? 1.12 * whiskers : double.PositiveInfinity;
        double yMax = double.IsFinite(cut) ? cut : boxes.Max(b => b.Stats.Max);
        logY = logY && boxes.All(b => b.Stats.Min > 0);
        Func<double, double> y = logY ? Math.Log10 : v => v;
        double shownMax = yMax;
        if (logY)
        {
            (yMin, yMax) = (y(boxes.Min(b => b.Stats.Min)), y(yMax));
        }

        double span = Math.Max(yMax - yMin, Math.Abs(yMax) * 1e-3) is > 0 and var s ? s : 1;
        foreach (var box in boxes)
        {
            int si = series.IndexOf(box.Series);
            double x = categories.IndexOf(box.Category) + ((si - ((series.Count - 1) / 2.0)) * slot);
            var color = colors[series.Count > 1 ? si : categories.IndexOf(box.Category)];
            DrawBox(plot, box.Stats, y, x, slot * 0.8, color, span, options.Style.Mark(1.2f));
            var inside = box.Stats.Outliers.Where(o => o <= cut).ToArray();
            int shown = DrawOutliers(plot, [.. inside.Select(y)], x, slot * 0.8, color, options.MaxMarks);
            if (shown < inside.Length)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{box.Category} {box.Series}: {shown} of {inside.Length} outliers drawn (evenly by rank)."));
            }

            int above = box.Stats.Outliers.Count - inside.Length;
            if (above > 0)
            {
                // A triangle at the top edge marks the box with outliers beyond the axis; the caption counts them.
                var mark = plot.Add.Marker(x, yMax - (0.025 * span), MarkerShape.FilledTriangleUp, 7, color);
                mark.MarkerLineColor = ChartStyle.Color(StrokeColor);
                mark.MarkerLineWidth = 0.8f;
                clipped.Add((box.Category, box.Series, above, box.Stats.Outliers.Max()));
            }
        }

        if (clipped.Count > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"The axis ends at {shownMax:0.#}; a triangle at the top marks a box with outliers above it ({string.Join("; ", clipped.Select(c => $"{c.Category} {c.Series}: {c.Count} up to {c.Max:0.#}"))})."));
        }

        ChartStyle.CategoryAxis(plot, categories, options.Style.Width(options.Width) - 70, options.Style.TickSize);
        plot.Axes.SetLimits(-0.6, categories.Count - 0.4, yMin - (0.02 * span), yMax + (0.06 * span));
        if (logY)
        {
            // The data area is about the panel less its axes (60 units); ticks stay two label heights apart.
            double dataHeight = options.Style.Height(options.Height, options.Width, 0.66 * options.Style.Width(options.Width)) - 60;
            LineChart.LogTicks(plot.Axes.Left, yMin - (0.02 * span), yMax + (0.06 * span), dataHeight / (1.08 * span), options.Style.TickSize);
        }
        foreach (var (name, color) in series.Count > 1 ? series.Zip(colors) : [])
        {
            ChartStyle.LegendPatch(plot, name, color);
        }

        return plot;
    }

    // y maps a value to the axis (identity, or log10); span is the axis' extent in its own units.
    private static void DrawBox(Plot plot, BoxplotStats st, Func<double, double> y, double x, double width, Color color, double span, float lineWidth)
    {
        // Coinciding quartiles leave no fill to see: the box keeps at least a thin band of its colour.
        double band = y(st.Q3) - y(st.Q1) < 0.006 * span ? 0.006 * span : 0;
        // Add.Box hands out the next palette colour as fill; the figure's own goes on afterwards.
        plot.Add.Box(new Box
        {
            Position = x, Width = width, BoxMin = Math.Min(y(st.Q1), y(st.Median) - band), BoxMax = Math.Max(y(st.Q3), y(st.Median) + band), BoxMiddle = y(st.Median),
            WhiskerMin = y(st.WhiskerLow), WhiskerMax = y(st.WhiskerHigh), LineColor = ChartStyle.Color(StrokeColor), LineWidth = lineWidth,
        }).FillColor = color.WithAlpha(0.8);
    }

    /// <summary>Draws at most <paramref name="max"/> outliers (every k-th by rank), spread over the box width; returns how many.</summary>
    private static int DrawOutliers(Plot plot, IReadOnlyList<double> outliers, double x, double width, Color color, int max)
    {
        int stride = Math.Max(1, (int)Math.Ceiling((double)outliers.Count / max));
        var ys = outliers.Where((_, i) => i % stride == 0).ToArray();
        var xs = ys.Select((_, i) => x + (width * 0.8 * (((i * Golden) % 1.0) - 0.5))).ToArray();
        plot.Add.Markers(xs, ys, MarkerShape.OpenCircle, 5, color.WithAlpha(0.55)).MarkerLineWidth = 1.2f;
        return ys.Length;
    }
}
