using System.Globalization;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Lines over a numeric x (e.g. dispatch interval, log10 scale when asked), the y axis from zero (or on a log10 scale
/// when asked): each point a mean joined by a line, with an optional translucent interval band, and an optional label
/// beside its marker (e.g. "g=12"). Constants (e.g. classic OpenWhisk's mean startup, which has no dispatch interval)
/// are references: horizontal dashed lines, never series, with their interval as a pale band; on a linear axis one far
/// outside the series' range does not stretch the axis but is named in the legend as off scale. Several panels
/// (<see cref="RenderPanels"/>) stack on one x axis and share their y range.
/// </summary>
public static class LineChart
{
    /// <summary>Draws each named series (e.g. a policy) against the references; <paramref name="logX"/> puts x on a log10 axis labelled with plain values.</summary>
    /// <exception cref="ArgumentException">No point, a non-finite point, Low above High, x &lt;= 0 on a log axis, a non-finite reference, or no YLabel.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Smaller than 300 x 200 pixels.</exception>
    public static ChartFigure Render(IReadOnlyList<(string Name, IReadOnlyList<LinePoint> Points)> series, IReadOnlyList<(string Name, double Value, double? Low, double? High)> references, ChartOptions options, bool logX = false) =>
        RenderPanels([new LinePanel("", series, references)], options, new LineAxes(logX));

    /// <summary>
    /// One panel per <see cref="LinePanel"/> (titled with its name), stacked on one x axis, all with the y range of the widest;
    /// the legend (series, references, <paramref name="axes"/>' band label) once, above or beside the first.
    /// </summary>
    /// <exception cref="ArgumentException">No panel, a panel without points, a non-finite point, Low above High, x or y &lt;= 0 on a log axis, a non-finite reference, or no YLabel.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Smaller than 300 x 200 pixels.</exception>
    public static ChartFigure RenderPanels(IReadOnlyList<LinePanel> panels, ChartOptions options, LineAxes axes)
    {
        options.Checked(300, 200);
        ArgumentNullException.ThrowIfNull(axes);
        ChartStyle.Require(panels.Count > 0, "A line chart needs at least one panel.", nameof(panels));
        ChartStyle.Require(options.YLabel.Length > 0, "YLabel must name the plotted quantity and its unit.", nameof(options));
        foreach (var panel in panels)
        {
            Validate(panel, axes);
        }

        Func<double, double> x = axes.LogX ? Math.Log10 : v => v;
        // On a log axis a band reaching 0 or below (a wide interval of few replications) is cut at a tenth of the smallest value.
        double floor = panels.SelectMany(p => p.Series).SelectMany(s => s.Points).Select(p => p.Y).Concat(panels.SelectMany(p => p.References).Select(r => r.Value)).Where(v => v > 0).DefaultIfEmpty(1).Min() / 10;
        Func<double, double> y = axes.LogY ? v => Math.Log10(Math.Max(v, floor)) : v => v;
        double[] allX = [.. panels.SelectMany(p => p.Series).SelectMany(s => s.Points).Select(p => x(p.X))];
        bool labelled = panels.SelectMany(p => p.Series).SelectMany(s => s.Points).Any(p => p.Label is not null);
        double pad = (labelled ? 0.08 : 0.04) * Math.Max(allX.Max() - allX.Min(), 0.5);
        double xMin = allX.Min() - pad;
        double xMax = allX.Max() + pad;

        var points = panels.SelectMany(p => p.Series).SelectMany(s => s.Points).ToArray();
        double low = axes.LogY ? points.Min(p => Math.Max(Math.Min(p.Y, p.Low ?? p.Y), floor)) : Math.Min(0, points.Min(p => Math.Min(p.Y, p.Low ?? p.Y)));
        double high = points.Max(p => Math.Max(p.Y, p.High ?? p.Y));
        var onScale = new List<double> { low, high };
        var offScale = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in panels.SelectMany(p => p.References))
        {
            // On a linear axis a reference more than the series' span away would squash them: named in the legend only.
            bool off = !axes.LogY && (reference.Value > high + (high - low) || reference.Value < low - (high - low));
            if (off)
            {
                offScale.Add(reference.Name);
            }
            else
            {
                onScale.AddRange([Math.Max(reference.Low ?? reference.Value, axes.LogY ? floor : double.NegativeInfinity), reference.High ?? reference.Value, reference.Value]);
            }
        }

        double top = y(onScale.Max());
        double bottom = y(onScale.Min());
        double margin = 0.06 * Math.Max(top - bottom, (Math.Abs(top) * 1e-3) + 1e-9);
        // On a log axis the top reaches the 1-2-5 value above the highest line, so a reference near the top (burst's 23 s over
        // FaaSBatch's 1-5 s) has a tick above it to be read against, not only the 20 below it.
        double tickAbove = Math.Log10(NiceAbove(Math.Pow(10, top)));
        (double Bottom, double Top) yLimits = axes.LogY ? (bottom - margin, Math.Max(top + margin, tickAbove + (0.02 * margin))) : (onScale.Min() >= 0 ? 0 : bottom - margin, top + margin);
        // Paper small multiples: side by side at two-column width, else facets on one x axis (names beside them); either way
        // the panel names take no line of their own.
        bool row = panels.Count > 1 && ChartRow.Fits(options.Style, panels.Count);
        bool facets = panels.Count > 1 && options.Style.IsPaper && !row;
        double rowPoints = Math.Min(options.Style.Height(options.Height, options.Width, 150), 0.45 * options.Style.Width(options.Width));
        double facetPoints = PaperSizes.FacetHeight(panels.Count, 100, 24 + 36);
        // The data area is the panel less its title line and x axis (about 40 units on paper; facets lose 7 to gaps).
        double dataHeight = row ? rowPoints - 30 : facets ? facetPoints - 7
            : options.Style.Height(options.Height / (panels.Count == 1 ? 1 : 1.6), options.Width, PanelFloor(options.Style, panels.Count)) - 40;
        var references = panels.SelectMany(p => p.References).Where(r => !offScale.Contains(r.Name)).ToArray();
        if (axes.LogY && references.Length > 0)
        {
            // A reference's name sits above its line: the top leaves it a line of text (burst's 300 containers had a
            // 500 tick just above and its name ran into the frame).
            double highest = references.Max(r => y(r.Value));
            double line = 1.5 * options.Style.TickSize * (yLimits.Top - yLimits.Bottom) / Math.Max(dataHeight, 1);
            yLimits = (yLimits.Bottom, Math.Max(yLimits.Top, highest + line));
        }

        var plots = new List<(Plot, double)>();
        int skipped = 0;
        for (int i = 0; i < panels.Count; i++)
        {
            string xLabel = i == panels.Count - 1 ? options.XLabel : "";
            var plot = ChartStyle.NewPlot(options.Style, panels.Count == 1 ? options.ShownTitle : panels[i].Name, xLabel, options.YLabel);
            // Labels go where they overlap neither another label nor a marker, judged on the panel's approximate data area.
            var placer = new LabelPlacer(xMin, xMax, yLimits.Bottom, yLimits.Top, options.Style.Width(options.Width) - 70, options.Style.Height(options.Height, options.Width, 110) - 60, options.Style.TickSize);
            // The reference lines' dashes as long as the legend's (its symbol's two dashes), on about this panel's data width:
            // on screen the legend beside the data takes about a third of the width, on paper it sits in the strip above.
            double dataWidth = (options.Style.IsPaper ? 0.85 : 0.6) * options.Style.Width(options.Width) / (row ? panels.Count : 1);
            Draw(plot, panels[i], x, y, xMin, xMax, axes, options.Style, legend: i == 0, offScale, placer, dataWidth);
            skipped += placer.Skipped;
            plot.Axes.SetLimits(xMin, xMax, yLimits.Bottom, yLimits.Top);
            if (axes.LogX)
            {
                LogTicks(plot.Axes.Bottom, xMin, xMax);
            }

            if (axes.LogY)
            {
                LogTicks(plot.Axes.Left, yLimits.Bottom, yLimits.Top, dataHeight / (yLimits.Top - yLimits.Bottom), options.Style.TickSize);
            }

            plots.Add((plot, options.Height / (panels.Count == 1 ? 1 : 1.6)));
        }

        string[] notes = skipped == 0 ? [] : [string.Create(CultureInfo.InvariantCulture, $"{skipped} point labels were left out where they would overlap another label or marker.")];
        if (row)
        {
            return ChartRow.Row(options.Style, options.Width, [.. plots.Select(p => p.Item1)], rowPoints, notes).With(Data(panels));
        }

        if (facets)
        {
            return ChartFacets.Facets(options.Style, options.Width, plots.Select((p, i) => (p.Item1, i == plots.Count - 1 ? facetPoints + 24 : facetPoints)), notes).With(Data(panels));
        }

        return ChartStack.Stack(options.Style, panels.Count == 1 ? null : options.Title, options.Width, plots, notes, minPanelPoints: panels.Count == 1 ? null : PanelFloor(options.Style, panels.Count)).With(Data(panels));
    }

    // Stacked panels on paper carry a title line above their data: 125 points leave about 85 for a log axis of two
    // decades with ticks 7 pt apart (at 95 the FaaSBatch panels' ticks touched and their y label outgrew the panel).
    // The ring of a hollow (unjoined) marker, screen pixels.
    private const float HollowLine = 2f;

    private static double PanelFloor(FigureStyle style, int panels) => panels == 1 ? 0.66 * style.Width(800) : 125;

    /// <summary>Every point (with its band and label) and every reference line (x empty), per panel.</summary>
    private static FigureData Data(IReadOnlyList<LinePanel> panels) => new(
        ["panel", "series", "kind", "x", "y", "low", "high", "label"],
        [
            .. panels.SelectMany(p => p.Series.SelectMany(s => s.Points.Select(pt => (IReadOnlyList<string>)
                [p.Name, s.Name, "point", FigureData.Cell(pt.X), FigureData.Cell(pt.Y), FigureData.Cell(pt.Low), FigureData.Cell(pt.High), pt.Label ?? ""]))
                .Concat(p.References.Select(r => (IReadOnlyList<string>)[p.Name, r.Name, "reference", "", FigureData.Cell(r.Value), FigureData.Cell(r.Low), FigureData.Cell(r.High), ""]))),
        ]);

    // Where the series named name sits in the panel (its marker shape follows it).
    private static int SeriesIndex(LinePanel panel, string name)
    {
        for (int k = 0; k < panel.Series.Count; k++)
        {
            if (panel.Series[k].Name == name)
            {
                return k;
            }
        }

        return 0;
    }

    // The k-th unjoined series' marker size, pixels: 6 growing by 1.5 per series, at most 12.
    private static float MarkerSize(int k) => Math.Min(12f, 6f + (1.5f * k));

    // The hollow marker of the k-th unjoined series; shapes repeat after five.
    private static MarkerShape Shape(int k) =>
        new[] { MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp, MarkerShape.OpenDiamond, MarkerShape.OpenTriangleDown }[k % 5];

    private static void Validate(LinePanel panel, LineAxes axes)
    {
        var points = panel.Series.SelectMany(s => s.Points).ToArray();
        ChartStyle.Require(points.Length > 0, "A line chart needs at least one point.", nameof(panel));
        var bad = points.FirstOrDefault(p => !(double.IsFinite(p.X) && double.IsFinite(p.Y) && (p.Low ?? p.Y) <= (p.High ?? p.Y) && double.IsFinite(p.Low ?? 0) && double.IsFinite(p.High ?? 0))
            || (axes.LogX && p.X <= 0) || (axes.LogY && p.Y <= 0));
        ChartStyle.Require(bad is null, $"Point {bad} must be finite with Low <= High (and X > 0 on a log x axis, Y > 0 on a log y axis).", nameof(panel));
        ChartStyle.Require(panel.References.All(r => double.IsFinite(r.Value) && (!axes.LogY || r.Value > 0)), "Reference values must be finite (and above 0 on a log y axis).", nameof(panel));
    }

    private static void Draw(Plot plot, LinePanel panel, Func<double, double> x, Func<double, double> y, double xMin, double xMax, LineAxes axes, FigureStyle style, bool legend, HashSet<string> offScale, LabelPlacer placer, double dataWidth)
    {
        var colors = Palette.ForSeries([.. panel.Series.Select(s => s.Name), .. panel.References.Select(r => r.Name)]).Select(ChartStyle.Color).ToArray();
        bool banded = false;
        // The interval legend's swatch is the first band's own tint (a grey swatch stood for green bands).
        Color? bandColor = null;
        // Unjoined markers last series first: the smaller, earlier markers (48 functions' circle) land on top of the larger.
        var drawOrder = panel.Series.Zip(colors).ToArray();
        foreach (var (line, color) in axes.Joined ? drawOrder : drawOrder.Reverse())
        {
            var sorted = line.Points.OrderBy(p => p.X).ToArray();
            double[] xs = [.. sorted.Select(p => x(p.X))];
            if (sorted.Any(p => p.Low is not null || p.High is not null))
            {
                var band = plot.Add.FillY(xs, [.. sorted.Select(p => y(p.Low ?? p.Y))], [.. sorted.Select(p => y(p.High ?? p.Y))]);
                band.FillColor = color.WithAlpha(0.2);
                band.LineWidth = 0;
                banded = true;
                bandColor ??= color.WithAlpha(0.2);
            }

            var scatter = plot.Add.Scatter(xs, [.. sorted.Select(p => y(p.Y))], color);
            scatter.LineWidth = axes.Joined ? 2 : 0;
            scatter.MarkerSize = 7;
            if (!axes.Joined)
            {
                // Markers only: a hollow shape per series, so two series at one place (48 functions' 8.84 s under 480's
                // 8.85 s) both stay visible, a circle inside a square inside a triangle.
                scatter.MarkerShape = Shape(SeriesIndex(panel, line.Name));
                // 2 screen pixels (1.2 pt on paper): at 1.5 the lightest size's ring (#BCBDDC) was faint on white.
                scatter.MarkerLineWidth = HollowLine;
                // Later series a size larger: an earlier one at the same place sits inside it (48 in 96 in 480 in 960).
                scatter.MarkerSize = MarkerSize(SeriesIndex(panel, line.Name));
            }

            placer.Markers(sorted.Select(p => (x(p.X), y(p.Y))));
        }

        // The last series first (e.g. the largest workload): one series labelled throughout reads better than scattered labels.
        foreach (var point in panel.Series.Reverse().SelectMany(s => s.Points).Where(p => p.Label is not null))
        {
            if (placer.Place(point.Label!, x(point.X), y(point.Y)) is { } spot)
            {
                var label = plot.Add.Text(point.Label!, x(point.X), y(point.Y));
                label.LabelAlignment = spot.Alignment;
                label.OffsetX = spot.OffsetX;
                label.OffsetY = spot.OffsetY;
                label.LabelFontSize = style.TickSize;
                label.LabelFontColor = Colors.Black.WithAlpha(0.8);
            }
        }

        foreach (var (line, color) in panel.Series.Zip(colors))
        {

            if (legend)
            {
                // Unjoined markers: the swatch at the plotted size and ring (it was drawn at 7 against markers up to 11 at 7 in).
                ChartLegend.Line(plot, line.Name, color, axes.Joined ? MarkerShape.FilledCircle : Shape(SeriesIndex(panel, line.Name)), lineless: !axes.Joined,
                    markerSize: axes.Joined ? 7 : MarkerSize(SeriesIndex(panel, line.Name)), markerLineWidth: axes.Joined ? 1 : HollowLine);
            }
        }

        foreach (var (reference, color) in panel.References.Zip(colors.Skip(panel.Series.Count)))
        {
            bool off = offScale.Contains(reference.Name);
            if (legend)
            {
                ChartLegend.Line(plot, string.Create(CultureInfo.InvariantCulture, $"{reference.Name} (reference{(off ? $": {reference.Value:G4}, off scale" : "")})"), color, dashed: true);
            }

            if (!off)
            {
                if (reference.Low is { } lo && reference.High is { } hi)
                {
                    plot.Add.HorizontalSpan(y(lo), y(hi), color.WithAlpha(0.15)).LineWidth = 0;
                    banded = true;
                }

                ChartMarks.DashedHorizontal(plot, y(reference.Value), xMin, xMax, color, ChartMarks.DashesMatchingLegend(plot, dataWidth));
                // Named on the line itself, at its right end: read without the legend ("burst 23.1").
                var name = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"{reference.Name} {reference.Value:G3}"), xMax, y(reference.Value));
                name.LabelAlignment = Alignment.LowerRight;
                name.OffsetX = -2;
                name.OffsetY = -1;
                name.LabelFontSize = style.TickSize;
                name.LabelFontColor = Colors.Black;
            }
        }

        if (legend && banded && axes.BandLabel is { } bandLabel)
        {
            ChartLegend.Patch(plot, bandLabel, bandColor ?? Colors.Black.WithAlpha(0.15));
        }
    }

    /// <summary>
    /// Ticks at 1, 2 and 5 times each power of ten within [<paramref name="min"/>, <paramref name="max"/>] (log10 units),
    /// or at 1 and 3, or at powers of ten only, the first that keeps neighbouring labels at least 1.5 of their heights
    /// apart at <paramref name="unitsPerDecade"/> figure units per decade (an unknown height, beyond two decades: powers
    /// of ten); labelled with plain values in one format.
    /// </summary>
    internal static void LogTicks(IAxis axis, double min, double max, double unitsPerDecade = double.PositiveInfinity, float fontSize = 11)
    {
        double[][] choices = [[1.0, 2, 5], [1.0, 3], [1.0]];
        // Where the axis length is not known, beyond two decades 2 and 5 would crowd it; where it is, the spacing decides
        // at any span (the FaaSBatch containers axis, 4 to 300, had decades only: review 24c L9).
        bool unknown = double.IsPositiveInfinity(unitsPerDecade);
        double[] steps = choices.Skip(unknown && max - min > 2 ? 2 : 0).First(c => c.Length == 1 || Gap(c) * unitsPerDecade >= 1.5 * fontSize);
        double[] ticks = [.. Enumerable.Range((int)Math.Floor(min), (int)Math.Ceiling(max) - (int)Math.Floor(min) + 1)
            .SelectMany(d => steps.Select(m => m * Math.Pow(10, d))).Where(v => v >= Math.Pow(10, min) && v <= Math.Pow(10, max))];
        if (ticks.Length < 2)
        {
            return;
        }

        // Within two decades one number of decimals for every label (0.05, 0.10, 0.20); powers of ten as written (0.001, 0.01, 0.1).
        string[] labels = steps.Length == 1 ? [.. ticks.Select(v => v.ToString("0.######", CultureInfo.InvariantCulture))] : TickLabels.Uniform(ticks);
        axis.SetTicks([.. ticks.Select(Math.Log10)], labels);
    }

    // The smallest of 1, 2, 5 times a power of ten not below v (v > 0).
    private static double NiceAbove(double v)
    {
        double power = Math.Pow(10, Math.Floor(Math.Log10(v)));
        return new[] { 1.0, 2, 5, 10 }.Select(m => m * power).First(t => t >= v * (1 - 1e-12));
    }

    // The smallest distance in decades between two neighbouring ticks of a step set (1, 2, 5: 2 to 5 is 0.40, 1 to 2 and 5 to 10 are 0.30).
    private static double Gap(double[] steps) =>
        steps.Append(10).Zip(steps.Append(10).Skip(1), (a, b) => Math.Log10(b / a)).Min();
}
