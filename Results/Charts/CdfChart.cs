namespace Burstsim.Results.Charts;

/// <summary>
/// Empirical CDFs of several samples overlaid as step lines (class cdf, one path per series),
/// from F = 0 at the left edge to F = 1 at the right edge, with a legend right of the plot.
/// </summary>
public static class CdfChart
{
    public static SvgDocument Render(IReadOnlyList<CdfSeries> series, CdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= new CdfOptions();
        options.Validate();
        if (series.Count == 0)
        {
            throw new ArgumentException("A CDF chart needs at least one series.", nameof(series));
        }

        var colors = Palette.ForSeries(series.Select(s => s.Name).ToList());
        var legend = series.Select((s, i) => new LegendEntry(s.Name, colors[i], LegendMarker.Line)).ToList();
        var yScale = NiceScale.Covering(0, 1, 5);
        double left = 8 + Axis.VerticalMargin(yScale);
        double legendWidth = Legend.Width(legend);
        double right = legendWidth + 30;
        var area = new PlotArea(left, ChartTitle.Height, options.Width - left - right,
            options.Height - ChartTitle.Height - Axis.HorizontalMargin - 8);
        if (area.Width < 80 || area.Height < 80)
        {
            throw new ArgumentException("The CDF chart is too small for its labels; raise Width or Height.", nameof(options));
        }

        var xScale = NiceScale.Covering(series.Min(s => s.Cdf.Min), series.Max(s => s.Cdf.Max), Axis.TicksFor(area.Width), options.IncludeZero);
        var svg = new SvgWriter(options.Width, options.Height);
        ChartTitle.Draw(svg, options.Title);
        Axis.Grid(svg, area, xScale, yScale);
        svg.BeginGroup("series");
        for (int i = 0; i < series.Count; i++)
        {
            var path = new SvgPath().MoveTo(area.Left, area.Bottom);
            foreach (var step in series[i].Cdf.Steps(options.MaxStepsPerSeries))
            {
                path.HorizontalTo(area.X(xScale, step.X)).VerticalTo(area.Y(yScale, step.Fraction));
            }

            path.HorizontalTo(area.Right);
            svg.Path(path, colors[i], 2, cssClass: "cdf");
        }

        svg.EndGroup();
        Axis.Frame(svg, area);
        Axis.Bottom(svg, area, xScale, options.XLabel);
        Axis.Left(svg, area, yScale, options.YLabel);
        Legend.Draw(svg, options.Width - 10 - legendWidth, area.Top, legend, area.Height);
        return svg.Build();
    }
}
