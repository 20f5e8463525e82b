using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Legends: manual entries whose swatch matches the plotted mark, placement (right of the data on screen, one shared
/// strip above the panels on paper, or inside the data where a chart asks), and the legend-only rows of the paper style.
/// </summary>
internal static class ChartLegend
{
    // Plots whose legend stays inside the data area.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plot, object> Inside = [];

    // Legend-only rows of the paper style: no axes, no margins.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plot, object> Strips = [];

    /// <summary>Keeps <paramref name="plot"/>'s legend inside its data area at <paramref name="corner"/> (as Lithops draws it) instead of beside it.</summary>
    public static void PlaceInside(Plot plot, Alignment corner)
    {
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = corner;
        plot.Legend.BackgroundColor = Colors.White;
        Inside.AddOrUpdate(plot, corner);
    }

    /// <summary>Whether <paramref name="plot"/>'s legend stays inside its data area (not gathered into the paper strip).</summary>
    public static bool IsInside(Plot plot) => Inside.TryGetValue(plot, out _);

    /// <summary>Whether <paramref name="plot"/> is a legend-only or label-only row, laid out without axes or margins.</summary>
    public static bool IsStrip(Plot plot) => Strips.TryGetValue(plot, out _);

    /// <summary>Marks <paramref name="plot"/> as a row without axes or margins.</summary>
    public static void MarkStrip(Plot plot) => Strips.AddOrUpdate(plot, true);

    /// <summary>A filled-rectangle entry, for areas and bars.</summary>
    public static void Patch(Plot plot, string label, Color fill) =>
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = fill, LineWidth = 0 });

    /// <summary>A filled-circle entry of <paramref name="size"/> pixels (before the paper scale, as the plotted dots), for dots: no rectangle behind it.</summary>
    public static void Marker(Plot plot, string label, Color color, float size = 7) =>
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = label, MarkerShape = MarkerShape.FilledCircle, MarkerSize = size, MarkerFillColor = color, MarkerLineColor = color, MarkerLineWidth = 0,
            LineWidth = 0, FillColor = Colors.Transparent,
        });

    /// <summary>A legend entry drawn as a 2-pixel line, with an optional marker; a dashed one as two short dashes; a lineless one as the marker alone.</summary>
    /// <param name="markerSize">The swatch marker's size, screen pixels: a plotted marker's own, so the legend shows it as drawn.</param>
    /// <param name="markerLineWidth">The swatch marker's outline, screen pixels (a hollow marker's ring).</param>
    public static void Line(Plot plot, string label, Color color, MarkerShape marker = MarkerShape.None, bool dashed = false, bool lineless = false, float markerSize = 7, float markerLineWidth = 1) =>
        plot.Legend.ManualItems.Add(new LegendItem
        {
            // SkiaSharp's SVG backend cannot dash a legend line (it prints "Unsupported path effect" and draws it
            // solid), unlike the plot's own dashed lines: a dashed entry is a line with a gap, alike in every format.
            LabelText = label, LineColor = color, LineWidth = lineless ? 0 : 2,
            MarkerShape = dashed ? MarkerShape.VerticalBar : marker, MarkerSize = markerSize, MarkerFillColor = dashed ? Colors.White : color,
            MarkerLineColor = dashed ? Colors.White : color, MarkerLineWidth = dashed ? 3 : markerLineWidth,
        });

    /// <summary>
    /// The entries of every plot in <paramref name="plots"/> whose legend is not inside its data, each label once, taken
    /// off those plots: the paper style's one shared legend.
    /// </summary>
    public static LegendItem[] Gather(IEnumerable<Plot> plots)
    {
        var outside = plots.Where(p => !IsInside(p)).ToArray();
        var items = outside.SelectMany(p => p.Legend.ManualItems).DistinctBy(i => i.LabelText).ToArray();
        foreach (var plot in outside)
        {
            plot.Legend.ManualItems.Clear();
        }

        return items;
    }

    /// <summary>
    /// Places the paper style's shared legend strip at the top of a composed figure, from y = 0 to <paramref name="right"/>
    /// px wide, and returns its height, px (0 and nothing placed when there is no entry).
    /// </summary>
    public static int PlaceStrip(FigureStyle style, IReadOnlyList<LegendItem> items, double width, float right, List<(Plot, PixelRect)> placed)
    {
        if (items.Count == 0)
        {
            return 0;
        }

        var strip = Strip(style, items, width, out double stripHeight);
        // A plot's first render sets its axis limits and draws twice on the uncleared canvas: this one happens off screen.
        _ = ChartStack.Measure(Finish(strip, style), (int)width, (int)stripHeight);
        strip.Layout.Fixed(ChartStack.StripPadding);
        placed.Add((strip, new PixelRect(0, right, (int)stripHeight, 0)));
        return (int)stripHeight;
    }

    /// <summary>
    /// A frameless row holding only a legend, its entries left to right and wrapped into balanced rows: the paper style's one shared legend.
    /// The height is estimated from the text widths (DejaVu Sans averages 0.6 em per character), generous rather than clipped.
    /// </summary>
    public static Plot Strip(FigureStyle style, IReadOnlyList<LegendItem> items, double width, out double height)
    {
        var plot = ChartStyle.NewPlot(style);
        plot.Layout.Frameless();
        plot.HideGrid();
        plot.Axes.Frameless();
        foreach (var item in items)
        {
            plot.Legend.ManualItems.Add(item);
        }

        plot.Legend.IsVisible = true;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.Alignment = Alignment.UpperCenter;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.BackgroundColor = Colors.Transparent;
        plot.Legend.Layout = new BalancedLegendLayout();
        double rowsNeeded = 1, line = 0, usable = width - 8;
        foreach (var item in items)
        {
            double w = plot.Legend.SymbolWidth + plot.Legend.SymbolPadding + (item.LabelText.Length * 0.6 * style.LegendSize) + 8;
            if (line > 0 && line + w > usable)
            {
                rowsNeeded++;
                line = 0;
            }

            line += w;
        }

        height = Math.Ceiling((rowsNeeded * style.LegendSize * 1.45) + 6);
        Inside.AddOrUpdate(plot, Alignment.UpperCenter);
        MarkStrip(plot);
        return plot;
    }

    /// <summary>
    /// Puts the legend, when it has entries (an empty one would blank the plot), right of the data on screen and in one
    /// wrapped strip above the data on paper, where the width is too precious for a column of entries.
    /// </summary>
    public static Plot Finish(Plot plot, FigureStyle style)
    {
        // A chart that placed its legend inside the data area keeps it there.
        if (plot.Legend.ManualItems.Count > 0 && !IsInside(plot))
        {
            plot.ShowLegend(style.IsPaper ? Edge.Top : Edge.Right);
        }

        return plot;
    }
}
