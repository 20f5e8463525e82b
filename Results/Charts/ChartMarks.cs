using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>The marks the charts draw beyond ScottPlot's defaults: spans, dots, dashes drawn as segments, step curves.</summary>
internal static class ChartMarks
{
    // Series above this many points are drawn as SignalXY (thinned per pixel column), not as a scatter line.
    private const int SignalThreshold = 10_000;

    /// <summary>A horizontal bar at row <paramref name="y"/> from x <paramref name="from"/> to <paramref name="to"/>, <paramref name="height"/> rows thick, without outline.</summary>
    public static Bar Span(double y, double from, double to, double height, Color color) =>
        new() { Position = y, ValueBase = from, Value = to, Size = height, FillColor = color, LineWidth = 0, Orientation = Orientation.Horizontal };

    /// <summary>Filled circles of <paramref name="size"/> pixels without outline.</summary>
    public static void Dots(Plot plot, IEnumerable<double> xs, IEnumerable<double> ys, float size, Color color) =>
        plot.Add.Markers(xs.ToArray(), ys.ToArray(), MarkerShape.FilledCircle, size, color).MarkerLineWidth = 0;

    /// <summary>
    /// A horizontal dashed line at <paramref name="y"/> from x <paramref name="left"/> to <paramref name="right"/>, as
    /// <paramref name="dashes"/> segments each <see cref="DashShare"/> of its period (SkiaSharp's SVG backend prints
    /// "Unsupported path effect" on stderr for a dash pattern).
    /// </summary>
    public static void DashedHorizontal(Plot plot, double y, double left, double right, Color color, int dashes = 40)
    {
        dashes = Math.Max(1, dashes);
        double step = (right - left) / dashes;
        for (int i = 0; i < dashes; i++)
        {
            var dash = plot.Add.Line(left + (i * step), y, left + ((i + DashShare) * step), y);
            dash.LineColor = color;
            dash.LineWidth = 2;
            dash.MarkerSize = 0;
        }
    }

    // A dash's share of its period: the legend's dashed swatch is its symbol (SymbolWidth) less a 3-pixel gap, two dashes.
    private const double DashShare = 0.74;

    /// <summary>
    /// How many dashes a reference line <paramref name="dataWidth"/> figure units long gets so that each dash and gap is as
    /// long as the legend swatch's (ChartLegend.Line dashed: two dashes of (SymbolWidth - 3) / 2 with a 3-unit gap).
    /// </summary>
    public static int DashesMatchingLegend(Plot plot, double dataWidth)
    {
        double period = ((plot.Legend.SymbolWidth - 3) / 2) + 3;
        return Math.Max(4, (int)Math.Round(dataWidth / period));
    }

    /// <summary>A 2-pixel step curve: 0 from <paramref name="left"/>, then each step's y from its x on, held to <paramref name="right"/>.</summary>
    public static void Steps(Plot plot, IEnumerable<(double X, double Y)> steps, double left, double right, Color color)
    {
        List<double> xs = [left], ys = [0];
        foreach (var (x, y) in steps)
        {
            xs.AddRange([x, x]);
            ys.AddRange([ys[^1], y]);
        }

        xs.Add(Math.Max(right, xs[^1]));
        ys.Add(ys[^1]);
        IHasLine line = xs.Count > SignalThreshold ? plot.Add.SignalXY(xs.ToArray(), ys.ToArray(), color) : plot.Add.ScatterLine(xs, ys, color);
        line.LineWidth = 2;
    }

    /// <summary>Categories as x tick labels at 0, 1, 2, ... without tick marks or vertical gridlines.</summary>
    public static void CategoryAxis(Plot plot, IReadOnlyList<string> categories, double dataWidth, float fontSize)
    {
        // Labels wider than their slot would run into each other ("classicburst g=2"): each is broken at its spaces
        // into lines that fit the slot (0.6 em per character, DejaVu Sans).
        double slot = 0.9 * dataWidth / Math.Max(categories.Count, 1);
        string[] shown = [.. categories.Select(c => c.Length * 0.6 * fontSize <= slot ? c : ChartText.Wrap(c, Math.Max(1, (int)(slot / (0.6 * fontSize)))))];
        plot.Axes.Bottom.SetTicks([.. categories.Select((_, i) => (double)i)], shown);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.IsVisible = false;
    }
}
