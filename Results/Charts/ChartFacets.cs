using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>Paper small multiples on one x axis: facets with their names beside them and one y label per run of panels.</summary>
internal static class ChartFacets
{
    /// <summary>
    /// Paper small multiples on one x axis (timelines, Lithops' pair): panels stacked with only a tick's gap between them,
    /// x tick labels on the bottom panel alone, each panel's name beside its right edge (at most two words a line), and one
    /// y label per run of panels sharing it, centred on their data and broken into lines that fit their height; the legend
    /// strip above as in <see cref="ChartStack.Stack"/>. Heights are points. Every label lies within the rows it names, so no two
    /// labels meet at any panel count or width.
    /// </summary>
    /// <exception cref="ArgumentException">The style is not paper, or there are no panels.</exception>
    public static ChartFigure Facets(FigureStyle style, double width, IEnumerable<(Plot Plot, double Points)> panels, IEnumerable<string> notes)
    {
        var rows = panels.ToArray();
        ChartStyle.Require(style.IsPaper && rows.Length > 0, "Facets are a paper layout of at least one panel.", nameof(panels));
        width = style.Width(width);
        string[] yLabels = [.. rows.Select(r => r.Plot.Axes.Left.Label.Text)];
        for (int i = 0; i < rows.Length; i++)
        {
            var plot = rows[i].Plot;
            ChartStyle.ShrinkMarks(plot, style.MarkScale);
            plot.Axes.Left.Label.Text = "";
            // Hidden, not only empty: an empty label still reserves its line left of the tick labels.
            plot.Axes.Left.Label.IsVisible = false;
            string name = plot.Axes.Title.Label.Text;
            plot.Axes.Title.IsVisible = false;
            if (name.Length > 0)
            {
                NameBeside(plot, style, name, rows[i].Points - 7);
            }

            if (i < rows.Length - 1)
            {
                // The shared time axis is read on the bottom panel; the ticks and gridlines stay to read across.
                plot.Axes.Bottom.Label.Text = "";
                plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
            }
        }

        var items = ChartLegend.Gather(rows.Select(r => r.Plot));
        var paddings = rows.Select(r => ChartStack.Measure(ChartLegend.Finish(r.Plot, style), (int)width, (int)r.Points)).ToArray();
        // A y tick label overhangs its tick by half its height: the gap between two panels' data holds both overhangs.
        float gapTop = (style.TickSize / 2) + 1.5f;
        float[] tops = [.. paddings.Select(p => Math.Min(p.Top, gapTop))];
        float[] bottoms = [.. paddings.Select((p, i) => i < rows.Length - 1 ? Math.Max(Math.Min(p.Bottom, style.TickSize), style.TickSize - gapTop) : p.Bottom)];
        var placed = new List<(Plot, PixelRect)>();
        float y = ChartLegend.PlaceStrip(style, items, width, (int)width, placed);

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
        float ticks = rows.Max(r => r.Plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => ChartFont.TextLength(t.Label, style.TickSize)).DefaultIfEmpty(0).Max()
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

    /// <summary>
    /// <paramref name="name"/> as the one tick label of <paramref name="plot"/>'s right axis: horizontal, beside the panel's
    /// right edge, never over its data; a word a line while the lines fit <paramref name="dataPoints"/> (the data height, points), else more.
    /// </summary>
    internal static void NameBeside(Plot plot, FigureStyle style, string name, double dataPoints)
    {
        plot.Axes.SetLimitsY(0, 1, plot.Axes.Right);
        int lines = Math.Max(1, (int)(dataPoints / (style.LabelSize * 1.25)));
        int words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        plot.Axes.Right.SetTicks([0.5], [ChartText.WrapWords(name, Math.Max(1, (words + lines - 1) / lines))]);
        plot.Axes.Right.TickLabelStyle.FontSize = style.LabelSize;
        plot.Axes.Right.MajorTickStyle.Length = 0;
        plot.Axes.Right.MinorTickStyle.Length = 0;
    }

    // The words of a side label on lines no longer than the height they label, at label size or, when a word is still too
    // long, at the 7 pt minimum.
    private static (string[] Lines, float Size) FitLines(FigureStyle style, string text, float length)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        float size = words.Max(w => ChartFont.TextLength(w, style.LabelSize)) <= length ? style.LabelSize : FigureStyle.MinPaperPoints;
        var lines = new List<string>();
        foreach (string word in words)
        {
            if (lines.Count > 0 && ChartFont.TextLength(lines[^1] + " " + word, size) <= length)
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
        var plot = ChartStyle.NewPlot(style);
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
        ChartLegend.MarkStrip(plot);
        _ = ChartStack.Measure(plot, 40, Math.Max(1, (int)length));
        return plot;
    }
}
