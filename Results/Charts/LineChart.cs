namespace Burstsim.Results.Charts;

/// <summary>
/// Lines over a numeric x (e.g. dispatch interval): each point a mean (class point) joined by a
/// line (class line), with an optional translucent interval band (class band); series marked
/// SecondaryAxis are dashed, hollow-pointed and read on a right-hand axis.
/// </summary>
public static class LineChart
{
    public static SvgDocument Render(IReadOnlyList<LineSeries> series, LineChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Check(series, options);

        var primary = series.Where(s => !s.SecondaryAxis).ToList();
        var secondary = series.Where(s => s.SecondaryAxis).ToList();
        var colors = Palette.ForSeries(series.Select(s => s.Name).ToList());
        var legend = series.Select((s, i) => new LegendEntry(
            s.SecondaryAxis ? s.Name + " (right axis)" : s.Name, colors[i], s.SecondaryAxis ? LegendMarker.DashedLine : LegendMarker.Line)).ToList();

        double plotHeight = options.Height - ChartTitle.Height - Axis.HorizontalMargin - 8;
        int yTicks = Math.Clamp((int)(plotHeight / 45), 2, 8);
        var yScale = ValueScale(primary, yTicks, options.IncludeZero);
        var y2Scale = secondary.Count == 0 ? null : ValueScale(secondary, yTicks, options.IncludeZero);
        double left = 8 + Axis.VerticalMargin(yScale);
        double legendWidth = Legend.Width(legend);
        double right = legendWidth + 30 + (y2Scale is null ? 0 : Axis.VerticalMargin(y2Scale));
        var area = new PlotArea(left, ChartTitle.Height, options.Width - left - right, plotHeight);
        if (area.Width < 80 || area.Height < 80)
        {
            throw new ArgumentException("The line chart is too small for its labels; raise Width or Height.", nameof(options));
        }

        var points = series.SelectMany(s => s.Points).ToList();
        var xScale = NiceScale.Covering(points.Min(p => p.X), points.Max(p => p.X), Axis.TicksFor(area.Width));
        var svg = new SvgWriter(options.Width, options.Height);
        ChartTitle.Draw(svg, options.Title);
        Axis.Grid(svg, area, xScale, yScale);

        var ordered = series.Select(s => s.Points.OrderBy(p => p.X).ToList()).ToList();
        svg.BeginGroup("bands");
        for (int i = 0; i < series.Count; i++)
        {
            var scale = series[i].SecondaryAxis ? y2Scale! : yScale;
            if (ordered[i].Any(p => p.Low is not null || p.High is not null))
            {
                var band = new SvgPath();
                foreach (var p in ordered[i])
                {
                    Next(band, area.X(xScale, p.X), area.Y(scale, p.High ?? p.Y));
                }

                for (int k = ordered[i].Count - 1; k >= 0; k--)
                {
                    band.LineTo(area.X(xScale, ordered[i][k].X), area.Y(scale, ordered[i][k].Low ?? ordered[i][k].Y));
                }

                svg.Path(band.Close(), null, fill: colors[i], cssClass: "band", fillOpacity: 0.2);
            }
        }

        svg.EndGroup();
        svg.BeginGroup("series");
        for (int i = 0; i < series.Count; i++)
        {
            var scale = series[i].SecondaryAxis ? y2Scale! : yScale;
            var line = new SvgPath();
            foreach (var p in ordered[i])
            {
                Next(line, area.X(xScale, p.X), area.Y(scale, p.Y));
            }

            svg.Path(line, colors[i], 2, cssClass: "line", dash: series[i].SecondaryAxis ? "6 4" : null);
            foreach (var p in ordered[i])
            {
                // Hollow points tell a right-axis series apart even where lines cross.
                svg.Circle(area.X(xScale, p.X), area.Y(scale, p.Y), 3.5, series[i].SecondaryAxis ? "#ffffff" : colors[i], "point", colors[i], 1.5);
            }
        }

        svg.EndGroup();
        Axis.Frame(svg, area);
        Axis.Bottom(svg, area, xScale, options.XLabel);
        Axis.Left(svg, area, yScale, options.YLabel);
        if (y2Scale is not null)
        {
            string axisColor = secondary.Count == 1 ? colors[series.ToList().IndexOf(secondary[0])] : "#333333";
            Axis.Right(svg, area, y2Scale, options.SecondaryYLabel!, axisColor);
        }

        Legend.Draw(svg, options.Width - 10 - legendWidth, area.Top, legend, area.Height);
        return svg.Build();
    }

    private static void Next(SvgPath path, double x, double y)
    {
        if (path.IsEmpty)
        {
            path.MoveTo(x, y);
        }
        else
        {
            path.LineTo(x, y);
        }
    }

    private static NiceScale ValueScale(IReadOnlyList<LineSeries> series, int ticks, bool includeZero)
    {
        var values = series.SelectMany(s => s.Points).SelectMany(p => new[] { p.Y, p.Low ?? p.Y, p.High ?? p.Y }).ToList();
        return values.Count == 0 ? NiceScale.Covering(0, 1, ticks) : NiceScale.Covering(values.Min(), values.Max(), ticks, includeZero);
    }

    private static void Check(IReadOnlyList<LineSeries> series, LineChartOptions options)
    {
        if (series.Count == 0 || series.All(s => s.Points.Count == 0))
        {
            throw new ArgumentException("A line chart needs at least one point.", nameof(series));
        }

        if (series.All(s => s.SecondaryAxis))
        {
            throw new ArgumentException("At least one series must use the primary (left) axis.", nameof(series));
        }

        if (series.Any(s => s.SecondaryAxis) && string.IsNullOrEmpty(options.SecondaryYLabel))
        {
            throw new ArgumentException("SecondaryYLabel is required when a series uses the secondary axis.", nameof(options));
        }

        foreach (var p in series.SelectMany(s => s.Points))
        {
            bool finite = double.IsFinite(p.X) && double.IsFinite(p.Y) && double.IsFinite(p.Low ?? 0) && double.IsFinite(p.High ?? 0);
            if (!finite || (p.Low ?? p.Y) > (p.High ?? p.Y))
            {
                throw new ArgumentException($"Point {p} must be finite with Low <= High.", nameof(series));
            }
        }
    }
}
