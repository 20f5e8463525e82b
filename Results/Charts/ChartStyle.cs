using System.Globalization;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The one look of every figure: readable text sizes, light gridlines, legends right of the data, stacked
/// panels on one aligned axis, and DejaVu Sans (Results/Fonts, Bitstream Vera licence) registered under a
/// name no system font has: without system fonts ScottPlot would draw text invisibly, and bytes would vary.
/// </summary>
internal static class ChartStyle
{
    private const string FontFamily = "burstsim DejaVu Sans";

    // Series above this many points are drawn as SignalXY (thinned per pixel column), not as a scatter line.
    private const int SignalThreshold = 10_000;

    // Registered once per process, thread-safe; a missing file stays an error on every later call.
    private static readonly Lazy<bool> FontRegistered = new(RegisterFont);

    // Plots whose legend stays inside the data area.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plot, object> Inside = [];

    // Legend-only rows of the paper style: no axes, no margins.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plot, object> Strips = [];

    /// <exception cref="FileNotFoundException">The font files are missing beside the assembly (a broken install).</exception>
    public static Plot NewPlot(FigureStyle style, string title = "", string xLabel = "", string yLabel = "")
    {
        _ = FontRegistered.Value;
        ArgumentNullException.ThrowIfNull(style);
        var plot = new Plot();
        // Panels share one canvas: a plot must paint its own rectangle only, not clear the whole canvas.
        plot.RenderManager.Remove<ScottPlot.Rendering.RenderActions.ClearCanvas>();
        // Regular weight only: ScottPlot 5.1.59 caches typefaces without the weight in some paths, so
        // mixing bold and regular text made the first figure of a process differ from later ones.
        plot.Axes.Title.Label.FontSize = style.LabelSize;
        plot.Axes.Title.Label.Bold = false;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = style.LabelSize;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = style.TickSize;
            axis.MajorTickStyle.Length = style.Mark(4);
            axis.MajorTickStyle.Width = style.Mark(1);
            axis.MinorTickStyle.Length = style.Mark(2);
            axis.MinorTickStyle.Width = style.Mark(1);
            axis.FrameLineStyle.Width = style.Mark(1);
        }

        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.12);
        plot.Grid.MajorLineWidth = style.Mark(1);
        plot.Legend.FontSize = style.LegendSize;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.OutlineColor = Colors.Black.WithAlpha(0.3);
        plot.Legend.OutlineWidth = style.Mark(1);
        // A drop shadow is decoration that prints as a grey smear.
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.ShadowOffset = new PixelOffset(0, 0);
        if (style.IsPaper)
        {
            plot.Legend.SymbolWidth = 12;
            plot.Legend.SymbolPadding = 3;
            plot.Legend.InterItemPadding = new PixelPadding(4, 4, 1, 1);
            plot.Legend.Padding = new PixelPadding(2);
            plot.Legend.Margin = new PixelPadding(0);
            plot.Legend.TightHorizontalWrapping = true;
        }

        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        // On paper a panel's name (a policy, a workload) is a line above its data, at label size: drawn inside the data
        // area it covered bars, submit dots and curves whatever corner it took.
        plot.Title(title);
        // An empty title still reserves its line: hidden, the panel above sits right on the data.
        plot.Axes.Title.IsVisible = title.Length > 0;

        return plot;
    }

    /// <summary>Keeps <paramref name="plot"/>'s legend inside its data area at <paramref name="corner"/> (as Lithops draws it) instead of beside it.</summary>
    public static void LegendInside(Plot plot, Alignment corner)
    {
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = corner;
        plot.Legend.BackgroundColor = Colors.White;
        Inside.AddOrUpdate(plot, corner);
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

    /// <summary>A legend entry drawn as a 2-pixel line, with an optional marker; a dashed one as two short dashes; a lineless one as the marker alone.</summary>
    public static void LegendLine(Plot plot, string label, Color color, MarkerShape marker = MarkerShape.None, bool dashed = false, bool lineless = false) =>
        plot.Legend.ManualItems.Add(new LegendItem
        {
            // SkiaSharp's SVG backend cannot dash a legend line (it prints "Unsupported path effect" and draws it
            // solid), unlike the plot's own dashed lines: a dashed entry is a line with a gap, alike in every format.
            LabelText = label, LineColor = color, LineWidth = lineless ? 0 : 2,
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
    public static void CategoryAxis(Plot plot, IReadOnlyList<string> categories, double dataWidth, float fontSize)
    {
        // Labels wider than their slot would run into each other ("classicburst g=2"): each is broken at its spaces
        // into lines that fit the slot (0.6 em per character, DejaVu Sans).
        double slot = 0.9 * dataWidth / Math.Max(categories.Count, 1);
        string[] shown = [.. categories.Select(c => c.Length * 0.6 * fontSize <= slot ? c : Wrap(c, Math.Max(1, (int)(slot / (0.6 * fontSize)))))];
        plot.Axes.Bottom.SetTicks([.. categories.Select((_, i) => (double)i)], shown);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.IsVisible = false;
    }

    /// <summary>The words of <paramref name="text"/> on lines of at most <paramref name="characters"/> characters where they allow it (a longer word keeps its own line).</summary>
    internal static string Wrap(string text, int characters)
    {
        var lines = new List<string>();
        string line = "";
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > characters)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return string.Join("\n", lines);
    }

    /// <summary>Tallest paper figure, points: a journal column page holds about 9 in of text (an inch of it is left to the legend strip and caption).</summary>
    internal const double PaperPageBudget = (9 * 72) - 72;

    /// <summary>
    /// The floor of each of <paramref name="rows"/> stacked paper panels: <paramref name="preferred"/> points while they fit
    /// <see cref="PaperPageBudget"/>, else the page shared among them, but not below 60 points (a panel title, a data area
    /// and tick labels). Screen figures keep <paramref name="preferred"/>.
    /// </summary>
    internal static double PanelFloor(FigureStyle style, int rows, double preferred) =>
        style.IsPaper ? Math.Floor(Math.Min(preferred, Math.Max(60, PaperPageBudget / Math.Max(1, rows)))) : preferred;

    /// <summary>
    /// Stacks plots below an optional title strip (screen style only), margins equalised so all data areas share one x axis.
    /// <paramref name="width"/> and the panel heights are screen pixels; the style turns them into its own units.
    /// </summary>
    public static ChartFigure Stack(FigureStyle style, string? title, double width, IEnumerable<(Plot Plot, double Height)> panels, IEnumerable<string> notes, double? minPanelPoints = null)
    {
        var given = panels.ToArray();
        // On paper a lone plot keeps a printable aspect (about 3:2); stacked panels may be flatter.
        double floor = minPanelPoints ?? (given.Length == 1 ? 0.66 * style.Width(width) : 95);
        // A lone plot's height follows the printed width at a sensible aspect, not the screen's: a 600 x 480 px box plot of
        // two boxes came out 7 x 5.6 in, taller than at 3.5 in. At most 2:1 wide (7 in: 3.5 in tall), 190 pt in a column.
        double cap = given.Length == 1 && style.IsPaper ? Math.Max(190, 0.5 * style.Width(width)) : double.PositiveInfinity;
        var sized = given.Select(p => (p.Plot, Height: Math.Min(cap, style.Height(p.Height, width, floor)))).ToArray();
        var rows = (title is null || title.Length == 0 || !style.DrawsTitles ? sized : sized.Prepend((TitleStrip(style, title), 36))).ToArray();
        width = style.Width(width);
        if (style.IsPaper)
        {
            foreach (var row in rows)
            {
                ShrinkMarks(row.Plot, style.MarkScale);
            }

            // One legend strip above every panel: the entries of all panels, each label once.
            var items = rows.Where(r => !Inside.TryGetValue(r.Plot, out _)).SelectMany(r => r.Plot.Legend.ManualItems).DistinctBy(i => i.LabelText).ToArray();
            foreach (var row in rows.Where(r => !Inside.TryGetValue(r.Plot, out _)))
            {
                row.Plot.Legend.ManualItems.Clear();
            }

            if (items.Length > 0)
            {
                rows = [(LegendStrip(style, items, width, out double height), height), .. rows];
            }
        }

        var paddings = rows.Select(r => Measure(Finish(r.Plot, style), (int)width, (int)r.Height)).ToArray();
        float top = 0;
        var placed = new List<(Plot, PixelRect)>();
        for (int i = 0; i < rows.Length; i++)
        {
            bool strip = Strips.TryGetValue(rows[i].Plot, out _);
            // On paper an untitled panel needs above its data only the overhang of its top tick label.
            float topPad = style.IsPaper && !rows[i].Plot.Axes.Title.IsVisible ? Math.Min(paddings[i].Top, style.TickSize) : paddings[i].Top;
            rows[i].Plot.Layout.Fixed(strip ? StripPadding : new PixelPadding(paddings.Max(p => p.Left), paddings.Max(p => p.Right), paddings[i].Bottom, topPad));
            placed.Add((rows[i].Plot, new PixelRect(0, (int)width, top + (int)rows[i].Height, top)));
            top += (int)rows[i].Height;
        }

        // A caption describes the figure: no advice on how to draw it otherwise.
        var told = notes.ToList();
        return new ChartFigure((int)width, (int)top, placed, told, style);
    }

    // The legend strip's entries wrap 5 units inside each edge: wrapped at the canvas edge, a last entry ("classic" after
    // four invoker and setup entries at 3.5 in) was drawn past it and cut.
    private static PixelPadding StripPadding => new(5, 5, 0, 0);

    /// <summary>Height a paper column figure should keep to, points: 4.5 in, half of a journal column page.</summary>
    internal const double PaperColumnHeight = 4.5 * 72;

    /// <summary>Thinnest facet of a paper stack, points: a 21 pt data area holds two 7 pt index ticks apart, plus the gaps.</summary>
    internal const double FacetMin = 28;

    /// <summary>
    /// Height of each of <paramref name="count"/> facets of a paper stack, points: <paramref name="natural"/> while they fit
    /// <see cref="PaperColumnHeight"/> beside <paramref name="reserved"/> points of other rows (legend strip, a shared bottom
    /// panel), else the column shared among them, but not below <see cref="FacetMin"/>.
    /// </summary>
    internal static double FacetHeight(int count, double natural, double reserved) =>
        Math.Floor(Math.Min(natural, Math.Max(FacetMin, (PaperColumnHeight - reserved) / Math.Max(1, count))));

    /// <summary>
    /// Paper small multiples on one x axis (timelines, Lithops' pair): panels stacked with only a tick's gap between them,
    /// x tick labels on the bottom panel alone, each panel's name beside its right edge (at most two words a line), and one
    /// y label per run of panels sharing it, centred on their data and broken into lines that fit their height; the legend
    /// strip above as in <see cref="Stack"/>. Heights are points. Every label lies within the rows it names, so no two
    /// labels meet at any panel count or width.
    /// </summary>
    public static ChartFigure Facets(FigureStyle style, double width, IEnumerable<(Plot Plot, double Points)> panels, IEnumerable<string> notes)
    {
        var rows = panels.ToArray();
        Require(style.IsPaper && rows.Length > 0, "Facets are a paper layout of at least one panel.", nameof(panels));
        width = style.Width(width);
        string[] yLabels = [.. rows.Select(r => r.Plot.Axes.Left.Label.Text)];
        for (int i = 0; i < rows.Length; i++)
        {
            var plot = rows[i].Plot;
            ShrinkMarks(plot, style.MarkScale);
            plot.Axes.Left.Label.Text = "";
            // Hidden, not only empty: an empty label still reserves its line left of the tick labels.
            plot.Axes.Left.Label.IsVisible = false;
            string name = plot.Axes.Title.Label.Text;
            plot.Axes.Title.IsVisible = false;
            if (name.Length > 0)
            {
                // The name as the one tick label of the right axis: horizontal, beside the panel, never over its data.
                plot.Axes.SetLimitsY(0, 1, plot.Axes.Right);
                // A word a line while the lines fit the panel's data height (about its height less 7 pt of gaps), else more.
                int lines = Math.Max(1, (int)((rows[i].Points - 7) / (style.LabelSize * 1.25)));
                int words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                plot.Axes.Right.SetTicks([0.5], [WrapWords(name, Math.Max(1, (words + lines - 1) / lines))]);
                plot.Axes.Right.TickLabelStyle.FontSize = style.LabelSize;
                plot.Axes.Right.MajorTickStyle.Length = 0;
                plot.Axes.Right.MinorTickStyle.Length = 0;
            }

            if (i < rows.Length - 1)
            {
                // The shared time axis is read on the bottom panel; the ticks and gridlines stay to read across.
                plot.Axes.Bottom.Label.Text = "";
                plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
            }
        }

        var items = rows.Where(r => !Inside.TryGetValue(r.Plot, out _)).SelectMany(r => r.Plot.Legend.ManualItems).DistinctBy(i => i.LabelText).ToArray();
        foreach (var row in rows.Where(r => !Inside.TryGetValue(r.Plot, out _)))
        {
            row.Plot.Legend.ManualItems.Clear();
        }

        var paddings = rows.Select(r => Measure(Finish(r.Plot, style), (int)width, (int)r.Points)).ToArray();
        // A y tick label overhangs its tick by half its height: the gap between two panels' data holds both overhangs.
        float gapTop = (style.TickSize / 2) + 1.5f;
        float[] tops = [.. paddings.Select(p => Math.Min(p.Top, gapTop))];
        float[] bottoms = [.. paddings.Select((p, i) => i < rows.Length - 1 ? Math.Max(Math.Min(p.Bottom, style.TickSize), style.TickSize - gapTop) : p.Bottom)];
        var placed = new List<(Plot, PixelRect)>();
        float y = 0;
        if (items.Length > 0)
        {
            var strip = LegendStrip(style, items, width, out double stripHeight);
            // A plot's first render sets its axis limits and draws twice on the uncleared canvas: this one happens off screen.
            _ = Measure(Finish(strip, style), (int)width, (int)stripHeight);
            strip.Layout.Fixed(StripPadding);
            placed.Add((strip, new PixelRect(0, (int)width, y + (int)stripHeight, y)));
            y += (int)stripHeight;
        }

        var rects = new PixelRect[rows.Length];
        var data = new (float Top, float Bottom)[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            float height = (float)Math.Round(rows[i].Points);
            rects[i] = new PixelRect(0, (int)width, y + height, y);
            data[i] = (y + tops[i], y + height - bottoms[i]);
            y += height;
        }

        // One label per run of panels with the same y label, over the data of those panels, in a band as wide as its lines.
        var labels = new List<(string[] Lines, float Size, float Top, float Bottom)>();
        for (int first = 0; first < rows.Length;)
        {
            int last = first;
            while (last + 1 < rows.Length && yLabels[last + 1] == yLabels[first])
            {
                last++;
            }

            if (yLabels[first].Length > 0)
            {
                var (lines, size) = FitLines(style, yLabels[first], data[last].Bottom - data[first].Top);
                labels.Add((lines, size, data[first].Top, data[last].Bottom));
            }

            first = last + 1;
        }

        float band = labels.Count == 0 ? 0 : labels.Max(l => (l.Lines.Length * l.Size * 1.2f) + 4);
        // The tick labels right of the band: their widest, the tick mark and a gap (ScottPlot's own measure also kept room for the hidden label).
        float ticks = rows.Max(r => r.Plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => TextLength(t.Label, style.TickSize)).DefaultIfEmpty(0).Max()
            + r.Plot.Axes.Left.MajorTickStyle.Length + 3);
        float left = band + ticks, right = paddings.Max(p => p.Right);
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i].Plot.Layout.Fixed(new PixelPadding(left, right, bottoms[i], tops[i]));
            placed.Add((rows[i].Plot, rects[i]));
        }

        placed.AddRange(labels.Select(l => (SideLabel(style, l.Lines, l.Size, l.Bottom - l.Top), new PixelRect(0, band, l.Bottom, l.Top))));
        return new ChartFigure((int)width, (int)Math.Ceiling(y), placed, [.. notes], style);
    }

    /// <summary>The words of <paramref name="text"/>, at most <paramref name="perLine"/> a line.</summary>
    internal static string WrapWords(string text, int perLine) =>
        string.Join("\n", text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Chunk(perLine).Select(w => string.Join(' ', w)));

    /// <summary>Printed length of <paramref name="text"/> in DejaVu Sans at <paramref name="size"/> (figure units).</summary>
    internal static float TextLength(string text, float size)
    {
        using var font = new SkiaSharp.SKFont(Typeface.Value, size);
        return font.MeasureText(text);
    }

    // The regular face the figures draw with, for measuring text before a plot lays it out.
    private static readonly Lazy<SkiaSharp.SKTypeface> Typeface = new(() =>
        SkiaSharp.SKTypeface.FromFile(Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf"))
        ?? throw new FileNotFoundException("The figure font Fonts/DejaVuSans.ttf is missing; reinstall burstsim (it ships beside the program)."));

    // The words of a side label on lines no longer than the height they label, at label size or, when a word is still too
    // long, at the 7 pt minimum.
    private static (string[] Lines, float Size) FitLines(FigureStyle style, string text, float length)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        float size = words.Max(w => TextLength(w, style.LabelSize)) <= length ? style.LabelSize : FigureStyle.MinPaperPoints;
        var lines = new List<string>();
        foreach (string word in words)
        {
            if (lines.Count > 0 && TextLength(lines[^1] + " " + word, size) <= length)
            {
                lines[^1] += " " + word;
            }
            else
            {
                lines.Add(word);
            }
        }

        return ([.. lines], size);
    }

    // A plot without background over a band left of the panels: the label's lines rotated, centred on the rows it names.
    private static Plot SideLabel(FigureStyle style, string[] lines, float size, float length)
    {
        var plot = NewPlot(style);
        // Drawn over the panels' margins: no background of its own (a transparent one is a black rectangle in SVG).
        plot.RenderManager.Remove<ScottPlot.Rendering.RenderActions.RenderFigureBackground>();
        plot.RenderManager.Remove<ScottPlot.Rendering.RenderActions.RenderDataBackground>();
        plot.Layout.Frameless();
        plot.HideGrid();
        plot.Axes.Frameless();
        plot.Axes.SetLimits(0, 1, 0, 1);
        var label = plot.Add.Text(string.Join("\n", lines), 0.5, 0.5);
        label.LabelFontSize = size;
        label.LabelRotation = -90;
        label.LabelAlignment = Alignment.MiddleCenter;
        label.LabelFontColor = Colors.Black;
        Strips.AddOrUpdate(plot, true);
        _ = Measure(plot, 40, Math.Max(1, (int)length));
        return plot;
    }

    /// <summary>
    /// A frameless row holding only a legend, its entries left to right and wrapped: the paper style's one shared legend.
    /// The height is estimated from the text widths (DejaVu Sans averages 0.6 em per character), generous rather than clipped.
    /// </summary>
    private static Plot LegendStrip(FigureStyle style, IReadOnlyList<LegendItem> items, double width, out double height)
    {
        var plot = NewPlot(style);
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
        Strips.AddOrUpdate(plot, true);
        return plot;
    }

    public static Plot TitleStrip(FigureStyle style, string title)
    {
        var plot = NewPlot(style);
        plot.Layout.Frameless();
        plot.HideGrid();
        var label = plot.Add.Text(title, 0, 0);
        label.LabelFontSize = style.TitleSize;
        label.LabelAlignment = Alignment.MiddleCenter;
        return plot;
    }

    /// <summary>
    /// Puts the legend, when it has entries (an empty one would blank the plot), right of the data on screen and in one
    /// wrapped strip above the data on paper, where the width is too precious for a column of entries.
    /// </summary>
    public static Plot Finish(Plot plot, FigureStyle style)
    {
        // A chart that placed its legend inside the data area keeps it there.
        if (plot.Legend.ManualItems.Count > 0 && !Inside.TryGetValue(plot, out _))
        {
            plot.ShowLegend(style.IsPaper ? Edge.Top : Edge.Right);
        }

        return plot;
    }

    /// <summary>Scales every line width and marker size of <paramref name="plot"/> (and its legend) by <paramref name="scale"/>: paper marks are thinner than screen ones.</summary>
    internal static void ShrinkMarks(Plot plot, float scale)
    {
        foreach (var plottable in plot.GetPlottables())
        {
            if (plottable is IHasLine line)
            {
                line.LineWidth *= scale;
            }

            if (plottable is IHasMarker marker)
            {
                marker.MarkerSize *= scale;
                marker.MarkerLineWidth *= scale;
            }
        }

        foreach (var item in plot.Legend.ManualItems)
        {
            item.LineWidth *= scale;
            item.MarkerSize *= scale;
            item.MarkerLineWidth *= scale;
        }
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
