using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The one look of every figure: readable text sizes, light gridlines, thin frames and ticks, legends without shadow,
/// drawn in the figure font (<see cref="ChartFont"/>); paper marks scaled to the printed size.
/// </summary>
internal static class ChartStyle
{
    /// <exception cref="FileNotFoundException">The font files are missing beside the assembly (a broken install).</exception>
    public static Plot NewPlot(FigureStyle style, string title = "", string xLabel = "", string yLabel = "")
    {
        ChartFont.Ensure();
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
            if (axis.TickGenerator is ScottPlot.TickGenerators.NumericAutomatic)
            {
                // No thousands separators ("1,000" on one axis, "960" on the next) and one number of decimals an axis.
                axis.TickGenerator = new UniformTickGenerator();
            }
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

    /// <summary>A colour from its <c>#rrggbb</c> (or <c>#rrggbbaa</c>) hex code.</summary>
    public static Color Color(string hex) => ScottPlot.Color.FromHex(hex);

    /// <summary>Throws when a chart is asked for what it cannot draw.</summary>
    /// <exception cref="ArgumentException"><paramref name="valid"/> is false.</exception>
    public static void Require(bool valid, string message, string parameter)
    {
        if (!valid)
        {
            throw new ArgumentException(message, parameter);
        }
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
}
