using System.Globalization;
using Burstsim.Results.Statistics;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Box plots (Tukey: whiskers at the last point within 1.5 IQR), one box per category, or per
/// category and series side by side with a legend (the paper's Figure 6: granularity on x,
/// "48 workers" vs "96 workers" as series). Outliers are hollow opaque circles at their true values, spread across the
/// whisker cap's width, centred on the box (a fixed low-discrepancy jitter, symmetric about the box's x, not random), so
/// that repeated values stay countable. Every outlier's value is a row of the figure's data (kind "outlier", drawn 1 or 0).
/// Boxes are filled with their palette colour itself, as the legend swatch shows it (one colour, one meaning in every
/// figure and in greyscale). A box spans its quartiles exactly (a tight one is its stroke); the whisker caps are drawn again
/// over the outliers. A
/// linear value axis starts at zero (latencies compare best against nothing), a log one at the 1-2-5 value just below
/// the smallest value; whether the axis is log is one rule for every box plot (<see cref="LogScale"/>). Categories and
/// series keep their order of first appearance.
/// </summary>
public static class BoxplotChart
{
    private const string StrokeColor = "#222222";

    // An outlier's circle, screen pixels before the paper scale (3 pt on paper, about a box's width at 3.5 in).
    private const float RingSize = 5;

    /// <summary>The startup-latency figure; MaxMarks is the most outliers drawn per box (every k-th by rank beyond it).</summary>
    public static ChartOptions Defaults { get; } = new() { Title = "Startup latency", YLabel = "startup latency (s)", Width = 900, Height = 480, MaxMarks = 500 };

    /// <summary>One box per <c>Values</c> (e.g. startups, s) of a <c>Category</c> (x position, e.g. a policy or a granularity) within a <c>Series</c> (one name for a plain box plot).</summary>
    /// <param name="boxes">The boxes in drawing order.</param>
    /// <param name="options">Text and size; <see cref="Defaults"/> when null.</param>
    /// <param name="logY">
    /// The value axis on a log10 scale labelled with plain values (1, 2, 5, 10, 20 s): boxes an order of magnitude apart
    /// (classic's 5-18 s beside bursts' 1.3-3 s) all keep their height. The statistics are the same (Tukey on the values);
    /// only where they are drawn changes. Null (the default): <see cref="LogScale"/> decides. Ignored when a value is not above zero.
    /// </param>
    /// <exception cref="ArgumentException">No boxes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Smaller than 300 x 200 pixels.</exception>
    public static ChartFigure Render(IReadOnlyList<(string Category, string Series, IReadOnlyList<double> Values)> boxes, ChartOptions? options = null, bool? logY = null)
    {
        options = (options ?? Defaults).Checked(300, 200);
        var notes = new List<string>();
        var drawn = new HashSet<(string, string, double)>();
        return ChartStack.Stack(options.Style, null, options.Width, [(Build(boxes, options, notes, logY, drawn), options.Height)], notes).With(Data(boxes, drawn));
    }

    /// <summary>
    /// The one rule every box plot uses for a log value axis: every value above zero and either the values span more than
    /// a decade, or on a linear axis from zero the lowest median would sit in the bottom fifth of the axis (bursts'
    /// 1.4-2 s boxes under classic's 13 s whiskers: the interesting boxes squeezed into a thin band).
    /// </summary>
    /// <param name="boxes">The values of each box (e.g. startups, s).</param>
    public static bool LogScale(IEnumerable<IReadOnlyList<double>> boxes)
    {
        var stats = boxes.Where(b => b.Count > 0).Select(BoxplotStats.FromValues).ToArray();
        if (stats.Length == 0 || stats.Any(s => s.Min <= 0))
        {
            return false;
        }

        double min = stats.Min(s => s.Min), max = stats.Max(s => s.Max);
        return max > 10 * min || stats.Min(s => s.Median) < LinearTop(stats) / 5;
    }

    // Where a linear axis ends: just above the whiskers when far outliers (a third beyond the highest whisker) would
    // squeeze the boxes, else at the largest value. Infinity for the cut means no cut.
    private static double LinearCut(IReadOnlyList<BoxplotStats> stats)
    {
        double whiskers = stats.Max(s => Math.Max(s.WhiskerHigh, s.Q3));
        return whiskers > 0 && stats.Max(s => s.Max) > 1.3 * whiskers ? 1.12 * whiskers : double.PositiveInfinity;
    }

    private static double LinearTop(IReadOnlyList<BoxplotStats> stats) => LinearCut(stats) is var cut && double.IsFinite(cut) ? cut : stats.Max(s => s.Max);

    // The largest of 1, 2, 5 times a power of ten not above v (v > 0): a log axis starts on a labelled tick.
    private static double NiceBelow(double v)
    {
        double power = Math.Pow(10, Math.Floor(Math.Log10(v)));
        return new[] { 5.0, 2, 1 }.Select(m => m * power).First(t => t <= v * (1 + 1e-12));
    }

    // The unit in a value label's parentheses ("startup latency (s)": "s"), for the notes; empty when none.
    private static string Unit(string? label) =>
        label is { } l && l.IndexOf('(', StringComparison.Ordinal) is >= 0 and var i ? " " + l[(i + 1)..].Split(',', ')', ' ')[0] : "";

    /// <summary>
    /// One row per box (kind "box"): its category, series, n and the five numbers with the Tukey whiskers and outlier count;
    /// after it one row per outlier of the box (kind "outlier") with its value and whether the figure draws it (1) or left it
    /// out (0: thinned on paper, or above a cut axis). <paramref name="drawn"/> holds (category, series, value) of the drawn ones.
    /// </summary>
    internal static FigureData Data(IReadOnlyList<(string Category, string Series, IReadOnlyList<double> Values)> boxes, IReadOnlySet<(string, string, double)> drawn) => new(
        ["category", "series", "kind", "n", "min", "q1", "median", "q3", "whisker_low", "whisker_high", "max", "outliers", "value", "drawn"],
        [.. boxes.Select(b => (b, s: BoxplotStats.FromValues(b.Values))).SelectMany(x => x.s.Outliers.Select(o => (IReadOnlyList<string>)
        [
            x.b.Category, x.b.Series, "outlier", "", "", "", "", "", "", "", "", "", FigureData.Cell(o), drawn.Contains((x.b.Category, x.b.Series, o)) ? "1" : "0",
        ]).Prepend(
        [
            x.b.Category, x.b.Series, "box", x.b.Values.Count.ToString(CultureInfo.InvariantCulture), FigureData.Cell(x.s.Min), FigureData.Cell(x.s.Q1), FigureData.Cell(x.s.Median),
            FigureData.Cell(x.s.Q3), FigureData.Cell(x.s.WhiskerLow), FigureData.Cell(x.s.WhiskerHigh), FigureData.Cell(x.s.Max), x.s.Outliers.Count.ToString(CultureInfo.InvariantCulture), "", "",
        ]))]);

    /// <summary>
    /// The plot of a box plot figure (also the overlay's left part); a note per box whose outliers were thinned. The
    /// (category, series, value) of every outlier drawn goes into <paramref name="drawn"/>.
    /// </summary>
    internal static Plot Build(IReadOnlyList<(string Category, string Series, IReadOnlyList<double> Values)> samples, ChartOptions options, List<string> notes, bool? logY, ISet<(string, string, double)> drawn)
    {
        ChartStyle.Require(samples.Count > 0, "A box plot needs at least one box.", nameof(samples));
        var boxes = samples.Select(s => (s.Category, s.Series, Stats: BoxplotStats.FromValues(s.Values))).ToArray();
        bool log = (logY ?? LogScale(samples.Select(s => s.Values))) && boxes.All(b => b.Stats.Min > 0);
        if (log && options.YLabel is { Length: > 0 } yLabel && !yLabel.Contains("log", StringComparison.Ordinal))
        {
            options = options with { YLabel = yLabel.EndsWith(')') ? yLabel[..^1] + ", log scale)" : yLabel + " (log scale)" };
        }

        var categories = boxes.Select(b => b.Category).Distinct(StringComparer.Ordinal).ToList();
        var series = boxes.Select(b => b.Series).Distinct(StringComparer.Ordinal).ToList();
        // Several series are told apart by colour (with a legend); a single one colours its categories.
        var colors = Palette.ForSeries(series.Count > 1 ? series : categories).Select(ChartStyle.Color).ToArray();
        var clipped = new List<(string Category, string Series, int Count, double Max)>();
        // The caption explains the encoding once, whatever the figure.
        notes.Add("Each box spans the quartiles with a line at the median; whiskers reach the last value within 1.5 IQR; circles in the box's colour are the outliers, the values beyond them, one above another and never overlapping: the most extreme first, an outlier within a circle of one already drawn is left out (counted below), and each is at its true value except one within a circle of its whisker, drawn just clear of the cap. Every outlier is a row of kind outlier in the data CSV, drawn 1 or 0.");
        var plot = ChartStyle.NewPlot(options.Style, options.ShownTitle, options.XLabel, options.YLabel);
        if (options.Style.IsPaper && options.XLabel is { Length: > 0 } xLabel)
        {
            // A long axis label ("policy (n = 48 to 960 functions per box, one replication)") was cut at both edges of a
            // 3 in figure: past the canvas width (about 0.55 em a character) it breaks at spaces onto two lines.
            int fits = (int)(options.Style.Width(options.Width) / (0.55 * options.Style.LabelSize));
            if (xLabel.Length > fits)
            {
                plot.Axes.Bottom.Label.Text = ChartText.Wrap(xLabel, fits);
            }
        }
        double slot = 0.8 / series.Count;
        double yMin = Math.Min(0, boxes.Min(b => b.Stats.Min));
        // Far outliers (a third beyond the highest whisker) would squeeze the other boxes: the axis ends just above
        // the whiskers and the outliers past it are counted at the top edge instead of drawn.
        // On a log axis far outliers squeeze nothing: the axis spans every value (whiskers and outliers) unless they
        // span more than two decades.
        var stats = boxes.Select(b => b.Stats).ToArray();
        double dataMin = stats.Min(s => s.Min), dataMax = stats.Max(s => s.Max);
        double cut = !log ? LinearCut(stats) : dataMax > 100 * dataMin ? LinearCut(stats) : double.PositiveInfinity;
        double yMax = double.IsFinite(cut) ? cut : dataMax;
        Func<double, double> y = log ? Math.Log10 : v => v;
        double shownMax = yMax;
        if (log)
        {
            (yMin, yMax) = (y(NiceBelow(dataMin)), y(yMax));
        }

        double span = Math.Max(yMax - yMin, Math.Abs(yMax) * 1e-3) is > 0 and var s ? s : 1;
        // Axis units per printed point (pixel on screen), vertically: the data area's height over the axis' extent.
        double unitsPerPoint = 1.08 * span / DataHeight(options);
        float stroke = options.Style.Mark(1.2f);
        foreach (var box in boxes)
        {
            int si = series.IndexOf(box.Series);
            double x = categories.IndexOf(box.Category) + ((si - ((series.Count - 1) / 2.0)) * slot);
            var color = colors[series.Count > 1 ? si : categories.IndexOf(box.Category)];
            DrawBox(plot, box.Stats, y, x, slot * 0.8, color, stroke, unitsPerPoint, options.Style.MarkScale);
            var inside = box.Stats.Outliers.Where(o => o <= cut).ToArray();
            var (shownValues, thinned) = DrawOutliers(plot, box.Stats, inside, y, x, color, options.MaxMarks, options.Style.Mark(1f), unitsPerPoint, options.Style.MarkScale);
            if (shownValues.Length > 0)
            {
                // The caps again on top: an outlier's circle drawn clear of its cap may still touch it with its stroke.
                Caps(plot, box.Stats, y, x, slot * 0.8, stroke);
            }

            drawn.UnionWith(shownValues.Select(v => (box.Category, box.Series, v)));
            int shown = shownValues.Length;
            if (shown < inside.Length)
            {
                string why = thinned ? "every k-th by rank of those apart" : "the others each within a circle of a drawn one";
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{box.Category} {box.Series}: {shown} of {inside.Length} outliers drawn ({why})."));
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
                $"The axis ends at {shownMax:0.#}{Unit(options.YLabel)}; a triangle at the top marks a box with outliers above it ({string.Join("; ", clipped.Select(c => $"{c.Category} {c.Series}: {c.Count} up to {c.Max:0.#}{Unit(options.YLabel)}"))})."));
        }

        ChartMarks.CategoryAxis(plot, categories, options.Style.Width(options.Width) - 70, options.Style.TickSize);
        plot.Axes.SetLimits(-0.6, categories.Count - 0.4, yMin - (0.02 * span), yMax + (0.06 * span));
        if (log)
        {
            // The data area is about the panel less its axes (60 units); ticks stay two label heights apart.
            double dataHeight = options.Style.Height(options.Height, options.Width, 0.66 * options.Style.Width(options.Width)) - 60;
            LineChart.LogTicks(plot.Axes.Left, yMin - (0.02 * span), yMax + (0.06 * span), dataHeight / (1.08 * span), options.Style.TickSize);
        }
        foreach (var (name, color) in series.Count > 1 ? series.Zip(colors) : [])
        {
            ChartLegend.Patch(plot, name, color);
        }

        return plot;
    }

    // y maps a value to the axis (identity, or log10); span is the axis' extent in its own units.
    private static void DrawBox(Plot plot, BoxplotStats st, Func<double, double> y, double x, double width, Color color, float lineWidth, double unitsPerPoint, float markScale)
    {
        // The box spans the quartiles exactly: an earlier minimum band of 3% of the axis drew a 3 px IQR 18 px tall with both
        // whisker caps inside it. A tight box is its stroke with the median on it; the caps stay at or beyond its edges.
        // Add.Box hands out the next palette colour as fill; the figure's own goes on afterwards, opaque, so the box is
        // the legend swatch's colour exactly (a translucent fill on white came out lighter: #DD7E33 for #D55E00).
        plot.Add.Box(new Box
        {
            Position = x, Width = width, BoxMin = y(st.Q1), BoxMax = y(st.Q3), BoxMiddle = y(st.Median),
            WhiskerMin = y(st.WhiskerLow), WhiskerMax = y(st.WhiskerHigh), LineColor = ChartStyle.Color(StrokeColor), LineWidth = lineWidth,
        }).FillColor = color;
        // A box with less than 1.5 points (pixels) between its two strokes (g=48's 1.46-1.48 s, single-invoker burst's
        // 27 ms) printed as a black bar whatever its colour: its colour is laid over it, as thick as the box and its two
        // strokes, so it reads as the legend's size or policy. Its median is inside that bar.
        double boxPoints = (y(st.Q3) - y(st.Q1)) / unitsPerPoint;
        double strokePoints = lineWidth * markScale;
        if (boxPoints < (2 * strokePoints) + 1.5)
        {
            var bar = plot.Add.Line(x - (width / 2), (y(st.Q1) + y(st.Q3)) / 2, x + (width / 2), (y(st.Q1) + y(st.Q3)) / 2);
            bar.LineColor = color;
            bar.LineWidth = (float)((boxPoints + (2 * strokePoints)) / markScale);
            bar.MarkerSize = 0;
            return;
        }

        if (Dark(color))
        {
            // A near-black median vanishes in a dark box (#3F007D, #070E2D): drawn again in white inside the box's edges.
            var median = plot.Add.Line(x - (width * 0.45), y(st.Median), x + (width * 0.45), y(st.Median));
            median.LineColor = Colors.White;
            median.LineWidth = lineWidth;
        }
    }

    // The data area's height in figure units (points on paper), as ChartStack sizes a lone plot, less its axes (about 60).
    private static double DataHeight(ChartOptions options)
    {
        var style = options.Style;
        double panel = style.Height(options.Height, options.Width, 0.66 * style.Width(options.Width));
        return Math.Max(20, (style.IsPaper ? Math.Min(panel, Math.Max(190, 0.5 * style.Width(options.Width))) : panel) - 60);
    }

    // Relative luminance (sRGB weights) below 0.25: a black line on it is hard to see.
    private static bool Dark(Color c) => Luminance(c) < 0.25;

    // Relative luminance of an sRGB colour, 0 (black) to 1 (white), from the sRGB weights.
    private static double Luminance(Color c) => ((0.2126 * c.R) + (0.7152 * c.G) + (0.0722 * c.B)) / 255;

    /// <summary>
    /// Draws the outliers of a box in one column at its x, circles filled with the box's colour and outlined like the box,
    /// never overlapping: on each side the most extreme first, then each the next whose circle clears the last drawn one; an
    /// outlier whose circle would overlap its whisker cap is drawn just clear of it (moved at most a circle's width). At most
    /// <paramref name="max"/> are drawn (every k-th of those apart, by rank). Returns the values drawn and whether
    /// <paramref name="max"/> thinned them.
    /// </summary>
    private static (double[] Values, bool Thinned) DrawOutliers(Plot plot, BoxplotStats st, IReadOnlyList<double> outliers, Func<double, double> y, double x, Color color, int max, float lineWidth, double unitsPerPoint, float markScale)
    {
        // The circle's extent with its stroke, in axis units: neighbours at least this far apart touch at most.
        double ring = (RingSize + lineWidth) * markScale * unitsPerPoint;
        var placed = new List<(double Value, double Y)>();
        foreach (int side in new[] { 1, -1 })
        {
            // Above the box from the largest down to the whisker, below from the smallest up; side flips the comparisons.
            double whisker = y(side > 0 ? st.WhiskerHigh : st.WhiskerLow);
            double last = double.NaN;
            foreach (double v in side > 0 ? outliers.Where(o => o > st.Median).Reverse() : outliers.Where(o => o <= st.Median))
            {
                double at = side * Math.Max(side * y(v), (side * whisker) + (ring / 2));
                if (double.IsNaN(last) || side * (last - at) >= ring)
                {
                    placed.Add((v, at));
                    last = at;
                }
            }
        }

        int stride = Math.Max(1, (int)Math.Ceiling((double)placed.Count / max));
        var kept = placed.Where((_, i) => i % stride == 0).ToArray();
        if (kept.Length > 0)
        {
            var marks = plot.Add.Markers(kept.Select(_ => x).ToArray(), kept.Select(k => k.Y).ToArray(), MarkerShape.FilledCircle, RingSize, color);
            // A filled marker's edge is its outline (the line style is for open shapes); ShrinkMarks does not scale it.
            marks.MarkerStyle.OutlineColor = ChartStyle.Color(StrokeColor);
            marks.MarkerStyle.OutlineWidth = lineWidth * markScale;
        }

        return ([.. kept.Select(k => k.Value)], stride > 1);
    }

    // The whisker caps again as plain strokes (ScottPlot's cap is half the box's width, Box.WhiskerSizeFraction 0.5),
    // at the whiskers' true values, drawn after the outliers so that they stay visible under them.
    private static void Caps(Plot plot, BoxplotStats st, Func<double, double> y, double x, double width, float lineWidth)
    {
        foreach (double v in new[] { st.WhiskerLow, st.WhiskerHigh })
        {
            var cap = plot.Add.Line(x - (width * 0.25), y(v), x + (width * 0.25), y(v));
            cap.LineColor = ChartStyle.Color(StrokeColor);
            cap.LineWidth = lineWidth;
            cap.MarkerSize = 0;
        }
    }
}
