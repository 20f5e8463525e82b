namespace Burstsim.Results.Charts;

/// <summary>
/// Draws axes, ticks, grid lines and axis labels around a <see cref="PlotArea"/>, and tells a
/// chart how much margin they need so that nothing is clipped at the image edge.
/// </summary>
public static class Axis
{
    public const double TickFontSize = 11;
    public const double LabelFontSize = 12;
    public const double TickLength = 5;
    private const double TickGap = 3;
    private const double LabelGap = 8;
    private const string AxisColor = "#333333";
    private const string GridColor = "#e6e6e6";

    /// <summary>Widest tick label of the scale, in pixels.</summary>
    public static double TickLabelWidth(NiceScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return scale.Ticks.Max(t => TextMetrics.Width(scale.Format(t), TickFontSize));
    }

    /// <summary>Room a vertical axis needs beside the plot: ticks, tick labels, rotated label.</summary>
    public static double VerticalMargin(NiceScale scale) =>
        TickLength + TickGap + TickLabelWidth(scale) + LabelGap + LabelFontSize + 4;

    /// <summary>Room a horizontal axis needs below the plot: ticks, one line of labels, axis label.</summary>
    public static double HorizontalMargin => TickLength + TickGap + TickFontSize + LabelGap + LabelFontSize + 6;

    /// <summary>A tick count that leaves room between horizontal tick labels.</summary>
    public static int TicksFor(double pixels, double pixelsPerTick = 80) => Math.Clamp((int)(pixels / pixelsPerTick), 2, 10);

    /// <summary>Light grid lines at the ticks, drawn first so data sits on top.</summary>
    public static void Grid(SvgWriter svg, PlotArea area, NiceScale? x, NiceScale? y)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(area);
        svg.BeginGroup("grid");
        foreach (double t in x?.Ticks ?? [])
        {
            double px = area.X(x!, t);
            svg.Line(px, area.Top, px, area.Bottom, GridColor);
        }

        foreach (double t in y?.Ticks ?? [])
        {
            double py = area.Y(y!, t);
            svg.Line(area.Left, py, area.Right, py, GridColor);
        }

        svg.EndGroup();
    }

    /// <summary>The plot border.</summary>
    public static void Frame(SvgWriter svg, PlotArea area)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(area);
        svg.Rect(area.Left, area.Top, area.Width, area.Height, "none", "frame", AxisColor);
    }

    /// <summary>Ticks and labels under the plot; label null leaves the axis title out (stacked panels).</summary>
    public static void Bottom(SvgWriter svg, PlotArea area, NiceScale scale, string? label)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(scale);
        svg.BeginGroup("axis axis-x");
        foreach (double t in scale.Ticks)
        {
            double px = area.X(scale, t);
            svg.Line(px, area.Bottom, px, area.Bottom + TickLength, AxisColor);
            svg.Text(px, area.Bottom + TickLength + TickGap + TickFontSize, scale.Format(t), TickFontSize, TextAnchor.Middle, cssClass: "tick");
        }

        if (label is not null)
        {
            double y = area.Bottom + TickLength + TickGap + TickFontSize + LabelGap + LabelFontSize;
            svg.Text(area.Left + (area.Width / 2), y, label, LabelFontSize, TextAnchor.Middle, cssClass: "axis-label");
        }

        svg.EndGroup();
    }

    /// <summary>Ticks and labels left of the plot, with the axis label read bottom to top.</summary>
    public static void Left(SvgWriter svg, PlotArea area, NiceScale scale, string label) =>
        Vertical(svg, area, scale, label, "axis axis-y", AxisColor, left: true);

    /// <summary>A secondary axis right of the plot, in the colour of the series it belongs to.</summary>
    public static void Right(SvgWriter svg, PlotArea area, NiceScale scale, string label, string color) =>
        Vertical(svg, area, scale, label, "axis axis-y2", color, left: false);

    private static void Vertical(SvgWriter svg, PlotArea area, NiceScale scale, string label, string cssClass, string color, bool left)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(label);
        double edge = left ? area.Left : area.Right;
        double direction = left ? -1 : 1;
        svg.BeginGroup(cssClass);
        foreach (double t in scale.Ticks)
        {
            double py = area.Y(scale, t);
            svg.Line(edge, py, edge + (direction * TickLength), py, color);
            svg.Text(edge + (direction * (TickLength + TickGap)), py + (TickFontSize * 0.35), scale.Format(t), TickFontSize,
                left ? TextAnchor.End : TextAnchor.Start, cssClass: "tick", fill: color);
        }

        // Rotated -90 degrees the glyphs rise towards smaller x: 0.75 em of ascent left of the
        // baseline, 0.25 em of descent right of it. Offsets keep both inside the margin.
        double labelOffset = TickLength + TickGap + TickLabelWidth(scale) + LabelGap;
        double x = left ? edge - labelOffset - (LabelFontSize * 0.25) : edge + labelOffset + (LabelFontSize * 0.75);
        double y = area.Top + (area.Height / 2);
        string fitted = TextMetrics.Fit(label, LabelFontSize, area.Height);
        svg.Text(x, y, fitted, LabelFontSize, TextAnchor.Middle, rotate: -90, cssClass: "axis-label", fill: color);
        svg.EndGroup();
    }
}
