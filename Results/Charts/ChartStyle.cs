using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The one look of every figure: readable text sizes, light gridlines, legends right of the data, stacked
/// panels on one aligned axis, and DejaVu Sans (Results/Fonts, Bitstream Vera licence) registered under a
/// name no system font has: without system fonts ScottPlot would draw text invisibly, and bytes would vary.
/// </summary>
internal static class ChartStyle
{
    public const float TickSize = 11;

    private const string FontFamily = "burstsim DejaVu Sans";

    // Series above this many points are drawn as SignalXY (thinned per pixel column), not as a scatter line.
    private const int SignalThreshold = 10_000;

    // Registered once per process, thread-safe; a missing file stays an error on every later call.
    private static readonly Lazy<bool> FontRegistered = new(RegisterFont);

    /// <exception cref="FileNotFoundException">The font files are missing beside the assembly (a broken install).</exception>
    public static Plot NewPlot(string title = "", string xLabel = "", string yLabel = "")
    {
        _ = FontRegistered.Value;
        var plot = new Plot();
        // Panels share one canvas: a plot must paint its own rectangle only, not clear the whole canvas.
        plot.RenderManager.Remove<ScottPlot.Rendering.RenderActions.ClearCanvas>();
        // Regular weight only: ScottPlot 5.1.59 caches typefaces without the weight in some paths, so
        // mixing bold and regular text made the first figure of a process differ from later ones.
        plot.Axes.Title.Label.FontSize = 13;
        plot.Axes.Title.Label.Bold = false;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = 13;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = TickSize;
        }

        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.12);
        plot.Legend.FontSize = 11;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.OutlineColor = Colors.Black.WithAlpha(0.3);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    public static Color Color(string hex) => ScottPlot.Color.FromHex(hex);

    public static void Require(bool valid, string message, string parameter)
    {
        if (!valid)
        {
            throw new ArgumentException(message, parameter);
        }
    }

    public static void LegendPatch(Plot plot, string label, Color fill) =>
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = fill, LineWidth = 0 });

    public static void LegendMarker(Plot plot, string label, Color color) =>
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, MarkerShape = MarkerShape.FilledCircle, MarkerSize = 7, MarkerFillColor = color, MarkerLineColor = color, LineWidth = 0 });

    /// <summary>A legend entry drawn as a 2-pixel line, with an optional marker; a dashed one as two short dashes.</summary>
    public static void LegendLine(Plot plot, string label, Color color, MarkerShape marker = MarkerShape.None, bool dashed = false) =>
        plot.Legend.ManualItems.Add(new LegendItem
        {
            // SkiaSharp's SVG backend cannot dash a legend line (it prints "Unsupported path effect" and draws it
            // solid), unlike the plot's own dashed lines: a dashed entry is a line with a gap, alike in every format.
            LabelText = label, LineColor = color, LineWidth = 2,
            MarkerShape = dashed ? MarkerShape.VerticalBar : marker, MarkerSize = 7, MarkerFillColor = dashed ? Colors.White : color,
            MarkerLineColor = dashed ? Colors.White : color, MarkerLineWidth = dashed ? 3 : 1,
        });

    public static Bar Span(double y, double from, double to, double height, Color color) =>
        new() { Position = y, ValueBase = from, Value = to, Size = height, FillColor = color, LineWidth = 0, Orientation = Orientation.Horizontal };

    public static void Dots(Plot plot, IEnumerable<double> xs, IEnumerable<double> ys, float size, Color color) =>
        plot.Add.Markers(xs.ToArray(), ys.ToArray(), MarkerShape.FilledCircle, size, color).MarkerLineWidth = 0;

    /// <summary>A horizontal dashed line at <paramref name="y"/> from x <paramref name="left"/> to <paramref name="right"/>, as 40 segments: SkiaSharp's SVG backend prints "Unsupported path effect" on stderr for a dash pattern.</summary>
    public static void DashedHorizontal(Plot plot, double y, double left, double right, Color color)
    {
        double step = (right - left) / 40;
        for (int i = 0; i < 40; i++)
        {
            var dash = plot.Add.Line(left + (i * step), y, left + ((i + 0.6) * step), y);
            dash.LineColor = color;
            dash.LineWidth = 2;
            dash.MarkerSize = 0;
        }
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
    public static void CategoryAxis(Plot plot, IReadOnlyList<string> categories)
    {
        plot.Axes.Bottom.SetTicks([.. categories.Select((_, i) => (double)i)], [.. categories]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.IsVisible = false;
    }

    /// <summary>Stacks plots below an optional title strip, margins equalised so all data areas share one x axis.</summary>
    public static ChartFigure Stack(string? title, double width, IEnumerable<(Plot Plot, double Height)> panels, IEnumerable<string> notes)
    {
        var rows = (title is null ? panels : panels.Prepend((TitleStrip(title), 36))).ToArray();
        var paddings = rows.Select(r => Measure(Finish(r.Plot), (int)width, (int)r.Height)).ToArray();
        float top = 0;
        var placed = new List<(Plot, PixelRect)>();
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i].Plot.Layout.Fixed(new PixelPadding(paddings.Max(p => p.Left), paddings.Max(p => p.Right), paddings[i].Bottom, paddings[i].Top));
            placed.Add((rows[i].Plot, new PixelRect(0, (int)width, top + (int)rows[i].Height, top)));
            top += (int)rows[i].Height;
        }

        return new ChartFigure((int)width, (int)top, placed, [.. notes]);
    }

    public static Plot TitleStrip(string title)
    {
        var plot = NewPlot();
        plot.Layout.Frameless();
        plot.HideGrid();
        var label = plot.Add.Text(title, 0, 0);
        label.LabelFontSize = 15;
        label.LabelAlignment = Alignment.MiddleCenter;
        return plot;
    }

    /// <summary>Puts the legend right of the data when it has entries (an empty one would blank the plot).</summary>
    public static Plot Finish(Plot plot)
    {
        if (plot.Legend.ManualItems.Count > 0)
        {
            plot.ShowLegend(Edge.Right);
        }

        return plot;
    }

    private static bool RegisterFont()
    {
        string[] files = [Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf"), Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans-Bold.ttf")];
        foreach (string file in files.Where(f => !File.Exists(f)))
        {
            throw new FileNotFoundException($"The figure font {file} is missing; reinstall burstsim (it ships in Fonts/ beside the program).", file);
        }

        Fonts.AddFontFile(FontFamily, files[0], bold: false, italic: false);
        Fonts.AddFontFile(FontFamily, files[1], bold: true, italic: false);
        Fonts.Default = FontFamily;
        Fonts.Sans = FontFamily;
        return true;
    }

    // ScottPlot sizes its margins to the tick labels it draws; one render off screen tells them.
    private static PixelPadding Measure(Plot plot, int width, int height)
    {
        plot.RenderInMemory(width, height);
        var (figure, data) = (plot.RenderManager.LastRender.FigureRect, plot.RenderManager.LastRender.DataRect);
        return new PixelPadding(data.Left - figure.Left, figure.Right - data.Right, figure.Bottom - data.Bottom, data.Top - figure.Top);
    }
}
