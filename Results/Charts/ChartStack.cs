using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>Stacked panels on one canvas with equal margins, so every data area shares one x axis; the paper style's legend strip above them.</summary>
internal static class ChartStack
{
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
                ChartStyle.ShrinkMarks(row.Plot, style.MarkScale);
            }

            // One legend strip above every panel: the entries of all panels, each label once.
            var items = ChartLegend.Gather(rows.Select<(Plot Plot, double Height), Plot>(r => r.Plot));
            if (items.Length > 0)
            {
                rows = [(ChartLegend.Strip(style, items, width, out double height), height), .. rows];
            }
        }

        var paddings = rows.Select(r => Measure(ChartLegend.Finish(r.Plot, style), (int)width, (int)r.Height)).ToArray();
        float top = 0;
        var placed = new List<(Plot, PixelRect)>();
        for (int i = 0; i < rows.Length; i++)
        {
            bool strip = ChartLegend.IsStrip(rows[i].Plot);
            // On paper an untitled panel needs above its data only the overhang of its top tick label, half its height
            // (as between facets): a whole tick size left a gap under the legend strip (review 24c L7).
            float topPad = style.IsPaper && !rows[i].Plot.Axes.Title.IsVisible ? Math.Min(paddings[i].Top, (style.TickSize / 2) + 1.5f) : paddings[i].Top;
            rows[i].Plot.Layout.Fixed(strip ? StripPadding : new PixelPadding(paddings.Max(p => p.Left), paddings.Max(p => p.Right), paddings[i].Bottom, topPad));
            placed.Add((rows[i].Plot, new PixelRect(0, (int)width, top + (int)rows[i].Height, top)));
            top += (int)rows[i].Height;
        }

        // A caption describes the figure: no advice on how to draw it otherwise.
        var told = notes.ToList();
        return new ChartFigure((int)width, (int)top, placed, told, style);
    }

    /// <summary>
    /// The legend strip's entries wrap 5 units inside each edge: wrapped at the canvas edge, a last entry ("classic" after
    /// four invoker and setup entries at 3.5 in) was drawn past it and cut.
    /// </summary>
    public static PixelPadding StripPadding => new(5, 5, 0, 0);

    /// <summary>A frameless row holding <paramref name="title"/> centred at title size (the screen style's figure title).</summary>
    public static Plot TitleStrip(FigureStyle style, string title)
    {
        var plot = ChartStyle.NewPlot(style);
        plot.Layout.Frameless();
        plot.HideGrid();
        var label = plot.Add.Text(title, 0, 0);
        label.LabelFontSize = style.TitleSize;
        label.LabelAlignment = Alignment.MiddleCenter;
        return plot;
    }

    /// <summary>The margins ScottPlot gives <paramref name="plot"/> around its data at this size: it sizes them to the tick labels it draws, so one render off screen tells them.</summary>
    public static PixelPadding Measure(Plot plot, int width, int height)
    {
        plot.RenderInMemory(width, height);
        var (figure, data) = (plot.RenderManager.LastRender.FigureRect, plot.RenderManager.LastRender.DataRect);
        return new PixelPadding(data.Left - figure.Left, figure.Right - data.Right, figure.Bottom - data.Bottom, data.Top - figure.Top);
    }
}
