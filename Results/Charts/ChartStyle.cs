using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The one look of every figure: the bundled font, text sizes that stay readable when a figure is
/// shown at its own width, light gridlines, legends outside the data, and panels stacked on one
/// shared, aligned time or value axis.
/// </summary>
internal static class ChartStyle
{
    public const float TitleSize = 15;
    public const float PanelTitleSize = 13;
    public const float LabelSize = 13;
    public const float TickSize = 11;
    public const float LegendSize = 11;

    /// <summary>Series above this many points are drawn as SignalXY (thinned per pixel column), not as a scatter line.</summary>
    public const int SignalThreshold = 10_000;

    public static Plot NewPlot()
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        // Panels share one canvas: a plot must paint its own rectangle only, not clear the whole canvas.
        plot.RenderManager.Remove<ScottPlot.Rendering.RenderActions.ClearCanvas>();
        plot.Axes.Title.Label.FontSize = PanelTitleSize;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = LabelSize;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = TickSize;
        }

        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.12);
        plot.Legend.FontSize = LegendSize;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.OutlineColor = Colors.Black.WithAlpha(0.3);
        return plot;
    }

    /// <summary>Applies the bundled font to everything the plot holds (call once its plottables are added).</summary>
    public static void Finish(Plot plot)
    {
        plot.Font.Set(ChartFonts.Family);
        // Regular weight only: ScottPlot 5.1.59 caches typefaces without the weight in some paths, so
        // mixing bold and regular text made the first figure of a process differ from later ones.
        plot.Axes.Title.Label.Bold = false;
        plot.Legend.FontName = ChartFonts.Family;
    }

    public static Color Color(string hex) => ScottPlot.Color.FromHex(hex);

    /// <summary>A legend entry drawn as a filled square.</summary>
    public static void LegendPatch(Plot plot, string label, Color fill) =>
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = fill, LineWidth = 0 });

    /// <summary>A legend entry drawn as a line (with an optional marker); a dashed one as two short dashes.</summary>
    public static void LegendLine(Plot plot, string label, Color color, MarkerShape marker = MarkerShape.None, bool dashed = false) =>
        plot.Legend.ManualItems.Add(new LegendItem
        {
            // SkiaSharp's SVG backend cannot write dash patterns (it would warn and draw solid): a dashed
            // entry is a line with a marker that reads as a gap, kept identical in every format.
            LabelText = label, LineColor = color, LineWidth = 2,
            MarkerShape = dashed ? MarkerShape.VerticalBar : marker, MarkerSize = 7, MarkerFillColor = dashed ? Colors.White : color,
            MarkerLineColor = dashed ? Colors.White : color, MarkerLineWidth = dashed ? 3 : 1,
        });

    /// <summary>
    /// A horizontal dashed line drawn as separate segments (SkiaSharp's SVG backend has no dash
    /// patterns), from <paramref name="left"/> to <paramref name="right"/> in x coordinates.
    /// </summary>
    public static void DashedHorizontal(Plot plot, double y, double left, double right, Color color)
    {
        const int Dashes = 40;
        double step = (right - left) / Dashes;
        for (int i = 0; i < Dashes; i++)
        {
            var dash = plot.Add.Line(left + (i * step), y, left + ((i + 0.6) * step), y);
            dash.LineColor = color;
            dash.LineWidth = 2;
            dash.MarkerSize = 0;
        }
    }

    /// <summary>A legend entry drawn as a marker only.</summary>
    public static void LegendMarker(Plot plot, string label, Color color, MarkerShape marker) =>
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, MarkerShape = marker, MarkerSize = 7, MarkerFillColor = color, MarkerLineColor = color, LineWidth = 0 });

    public static void LegendOutside(Plot plot)
    {
        if (plot.Legend.ManualItems.Count > 0)
        {
            plot.ShowLegend(Edge.Right);
        }
    }

    /// <summary>A line through (xs, ys): a scatter line when short, a SignalXY (xs ascending) beyond <see cref="SignalThreshold"/> points.</summary>
    public static IPlottable Line(Plot plot, double[] xs, double[] ys, Color color, float width, LinePattern pattern)
    {
        if (xs.Length > SignalThreshold)
        {
            var signal = plot.Add.SignalXY(xs, ys, color);
            signal.LineWidth = width;
            signal.LinePattern = pattern;
            return signal;
        }

        var line = plot.Add.ScatterLine(xs, ys, color);
        line.LineWidth = width;
        line.LinePattern = pattern;
        return line;
    }

    /// <summary>
    /// Stacks plots top to bottom at <paramref name="width"/>; left and right margins are equalised so
    /// every panel's data area spans the same pixels (one shared x axis reads across all of them).
    /// </summary>
    public static ChartFigure Stack(int width, IReadOnlyList<(Plot Plot, int Height)> rows, IReadOnlyList<string> notes)
    {
        var paddings = rows.Select(r => Measure(r.Plot, width, r.Height)).ToArray();
        float left = paddings.Max(p => p.Left);
        float right = paddings.Max(p => p.Right);
        var panels = new List<(Plot, PixelRect)>();
        float top = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            rows[i].Plot.Layout.Fixed(new PixelPadding(left, right, paddings[i].Bottom, paddings[i].Top));
            panels.Add((rows[i].Plot, new PixelRect(0, width, top + rows[i].Height, top)));
            top += rows[i].Height;
        }

        return new ChartFigure(width, (int)top, panels, notes);
    }

    /// <summary>One plot alone.</summary>
    public static ChartFigure Single(Plot plot, int width, int height, IReadOnlyList<string> notes) => Stack(width, [(plot, height)], notes);

    /// <summary>A title-only strip above stacked panels.</summary>
    public static Plot TitleStrip(string title)
    {
        var plot = NewPlot();
        plot.Layout.Frameless();
        plot.Axes.Frameless();
        plot.HideGrid();
        var label = plot.Add.Annotation(title, Alignment.MiddleCenter).LabelStyle;
        label.FontSize = TitleSize;
        label.Bold = false;
        label.BackgroundColor = Colors.Transparent;
        label.BorderColor = Colors.Transparent;
        label.ShadowColor = Colors.Transparent;
        Finish(plot);
        return plot;
    }

    // ScottPlot sizes its margins to the tick labels it draws; one render off screen tells them.
    private static PixelPadding Measure(Plot plot, int width, int height)
    {
        plot.RenderInMemory(width, height);
        var figure = plot.RenderManager.LastRender.FigureRect;
        var data = plot.RenderManager.LastRender.DataRect;
        return new PixelPadding(data.Left - figure.Left, figure.Right - data.Right, figure.Bottom - data.Bottom, data.Top - figure.Top);
    }
}
