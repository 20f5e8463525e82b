using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Paper small multiples side by side on one y axis (the FaaSBatch sensitivity panels at two-column width): the shared
/// legend strip on top, each panel's name in a strip just its text's height above its data, the y tick labels and y label
/// on the first panel only, and every data area equally wide.
/// </summary>
internal static class ChartRow
{
    // Gap between two panels' data areas, points: room for the last x tick label's overhang of the left panel.
    private const float Gap = 12;

    /// <summary>Whether <paramref name="count"/> panels of a figure in <paramref name="style"/> go side by side: on paper at 5 in or wider, two to four of them.</summary>
    public static bool Fits(FigureStyle style, int count) => style.IsPaper && style.WidthInches >= 5 && count is >= 2 and <= 4;

    /// <summary>
    /// Lays <paramref name="panels"/> out side by side, <paramref name="height"/> points tall (name strip excluded), on a
    /// canvas of the style's width. Each plot's title becomes its name strip; its y axis is shared with the first panel.
    /// </summary>
    /// <exception cref="ArgumentException">The style is not paper, or there are no panels.</exception>
    public static ChartFigure Row(FigureStyle style, double screenWidth, IReadOnlyList<Plot> panels, double height, IEnumerable<string> notes)
    {
        ChartStyle.Require(style.IsPaper && panels.Count > 0, "A row is a paper layout of at least one panel.", nameof(panels));
        float width = (float)style.Width(screenWidth);
        string[] names = [.. panels.Select(p => p.Axes.Title.Label.Text)];
        // One x label for the row, centred under all the data areas, not under the last panel alone.
        string xLabel = panels.Select(p => p.Axes.Bottom.Label.Text).LastOrDefault(t => t.Length > 0) ?? "";
        for (int i = 0; i < panels.Count; i++)
        {
            var plot = panels[i];
            ChartStyle.ShrinkMarks(plot, style.MarkScale);
            plot.Axes.Title.IsVisible = false;
            plot.Axes.Bottom.Label.Text = "";
            plot.Axes.Bottom.Label.IsVisible = false;
            if (i > 0)
            {
                // One y axis for the row: its labels are read on the first panel; the gridlines stay to read across.
                plot.Axes.Left.Label.IsVisible = false;
                plot.Axes.Left.TickLabelStyle.IsVisible = false;
            }
        }

        var items = ChartLegend.Gather(panels);
        var paddings = panels.Select(p => ChartStack.Measure(ChartLegend.Finish(p, style), (int)width, (int)height)).ToArray();
        float left = paddings[0].Left, right = paddings.Max(p => p.Right), bottom = paddings.Max(p => p.Bottom), top = Math.Min(paddings.Max(p => p.Top), style.TickSize);
        float data = (width - left - right - (Gap * (panels.Count - 1))) / panels.Count;
        var placed = new List<(Plot, PixelRect)>();
        float y = ChartLegend.PlaceStrip(style, items, width, width, placed);

        // The name strip: one line of label text over each panel's data, centred on it.
        float nameHeight = names.Any(n => n.Length > 0) ? (float)Math.Ceiling(style.LabelSize * 1.4) : 0;
        for (int i = 0; i < panels.Count; i++)
        {
            float dataLeft = left + (i * (data + Gap));
            if (names[i].Length > 0)
            {
                placed.Add((NameStrip(style, names[i], data, nameHeight), new PixelRect(dataLeft, dataLeft + data, y + nameHeight, y)));
            }

            float rectLeft = i == 0 ? 0 : dataLeft - Gap;
            float rectRight = i == panels.Count - 1 ? width : dataLeft + data;
            panels[i].Layout.Fixed(new PixelPadding(dataLeft - rectLeft, rectRight - (dataLeft + data), bottom, top));
            placed.Add((panels[i], new PixelRect(rectLeft, rectRight, y + nameHeight + (float)height, y + nameHeight)));
        }

        float end = y + nameHeight + (float)height;
        if (xLabel.Length > 0)
        {
            float labelHeight = (float)Math.Ceiling(style.LabelSize * 1.4);
            float span = width - left - right;
            placed.Add((NameStrip(style, xLabel, span, labelHeight), new PixelRect(left, left + span, end + labelHeight, end)));
            end += labelHeight;
        }

        return new ChartFigure((int)width, (int)Math.Ceiling(end), placed, [.. notes], style);
    }

    // A frameless plot holding one centred line of label-size text (a panel's name, the row's x label), no taller than its text.
    private static Plot NameStrip(FigureStyle style, string name, float width, float height)
    {
        var plot = ChartStyle.NewPlot(style);
        plot.Layout.Frameless();
        plot.HideGrid();
        plot.Axes.Frameless();
        plot.Axes.SetLimits(0, 1, 0, 1);
        var label = plot.Add.Text(name, 0.5, 0.5);
        label.LabelFontSize = style.LabelSize;
        label.LabelAlignment = Alignment.MiddleCenter;
        label.LabelFontColor = Colors.Black;
        ChartLegend.MarkStrip(plot);
        _ = ChartStack.Measure(plot, Math.Max(1, (int)width), Math.Max(1, (int)height));
        return plot;
    }
}
