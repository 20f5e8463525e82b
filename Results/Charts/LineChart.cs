using System.Globalization;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Lines over a numeric x (e.g. dispatch interval, log scale when <see cref="LineChartOptions.LogX"/>):
/// each point a mean joined by a line, with an optional translucent interval band; series marked
/// SecondaryAxis are hollow-pointed and read on a right-hand axis. Constants are
/// <see cref="LineChartOptions.References"/>: horizontal dashed lines, never series.
/// </summary>
public static class LineChart
{
    /// <exception cref="ArgumentException">No point, a non-finite point, Low above High, only secondary-axis series, a missing SecondaryYLabel, or x &lt;= 0 on a log axis.</exception>
    public static ChartFigure Render(IReadOnlyList<LineSeries> series, LineChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Check(series, options);

        var plot = ChartStyle.NewPlot();
        plot.Title(options.Title);
        plot.XLabel(options.XLabel);
        plot.YLabel(options.YLabel);
        var names = series.Select(s => s.Name).Concat(options.References.Select(r => r.Name)).ToList();
        var colors = Palette.ForSeries(names);
        Func<double, double> x = options.LogX ? Math.Log10 : v => v;

        for (int i = 0; i < series.Count; i++)
        {
            var points = series[i].Points.OrderBy(p => p.X).ToArray();
            var color = ChartStyle.Color(colors[i]);
            var xs = points.Select(p => x(p.X)).ToArray();
            var axis = series[i].SecondaryAxis ? plot.Axes.Right : plot.Axes.Left;
            if (points.Any(p => p.Low is not null || p.High is not null))
            {
                var band = plot.Add.FillY(xs, [.. points.Select(p => p.Low ?? p.Y)], [.. points.Select(p => p.High ?? p.Y)]);
                band.FillColor = color.WithAlpha(0.2);
                band.LineWidth = 0;
                band.Axes.YAxis = axis;
            }

            var line = plot.Add.Scatter(xs, [.. points.Select(p => p.Y)], color);
            line.LineWidth = 2;
            line.MarkerSize = 7;
            line.Axes.YAxis = axis;
            // Hollow points tell a right-axis series apart even where lines cross.
            line.MarkerShape = series[i].SecondaryAxis ? MarkerShape.OpenCircle : MarkerShape.FilledCircle;
            ChartStyle.LegendLine(plot, series[i].SecondaryAxis ? series[i].Name + " (right axis)" : series[i].Name, color, line.MarkerShape);
        }

        double xMin = series.SelectMany(s => s.Points).Min(p => x(p.X));
        double xMax = series.SelectMany(s => s.Points).Max(p => x(p.X));
        double xPad = 0.04 * Math.Max(xMax - xMin, 0.5);
        var (low, high) = Range(series.Where(s => !s.SecondaryAxis), options.IncludeZero);
        var onScale = new List<(double Low, double High)>();
        for (int i = 0; i < options.References.Count; i++)
        {
            var reference = options.References[i];
            var color = ChartStyle.Color(colors[series.Count + i]);
            double span = high - low;
            bool off = reference.Value > high + span || reference.Value < low - span;
            string label = string.Create(CultureInfo.InvariantCulture, $"{reference.Name} (reference{(off ? $": {reference.Value:G4}, off scale" : "")})");
            ChartStyle.LegendLine(plot, label, color, MarkerShape.None, dashed: true);
            if (off)
            {
                continue;
            }

            if (reference.Low is { } lo && reference.High is { } hi)
            {
                plot.Add.VerticalSpan(lo, hi, color.WithAlpha(0.15)).LineWidth = 0;
            }

            ChartStyle.DashedHorizontal(plot, reference.Value, xMin - xPad, xMax + xPad, color);
            onScale.Add((reference.Low ?? reference.Value, reference.High ?? reference.Value));
        }

        low = onScale.Select(r => r.Low).Append(low).Min();
        high = onScale.Select(r => r.High).Append(high).Max();
        double margin = 0.06 * Math.Max(high - low, Math.Abs(high) * 1e-3 + 1e-9);
        plot.Axes.SetLimitsX(xMin - xPad, xMax + xPad);
        plot.Axes.SetLimitsY(options.IncludeZero && low >= 0 ? 0 : low - margin, high + margin, plot.Axes.Left);
        if (series.Any(s => s.SecondaryAxis))
        {
            var (l2, h2) = Range(series.Where(s => s.SecondaryAxis), options.IncludeZero);
            plot.Axes.Right.Label.Text = options.SecondaryYLabel!;
            plot.Axes.SetLimitsY(l2, h2 + (0.06 * Math.Max(h2 - l2, 1e-9)), plot.Axes.Right);
        }

        if (options.LogX)
        {
            LogTicks(plot, Math.Pow(10, xMin - xPad), Math.Pow(10, xMax + xPad));
        }

        ChartStyle.LegendOutside(plot);
        ChartStyle.Finish(plot);
        return ChartStyle.Single(plot, (int)options.Width, (int)options.Height, []);
    }

    private static (double Low, double High) Range(IEnumerable<LineSeries> series, bool includeZero)
    {
        var values = series.SelectMany(s => s.Points).SelectMany(p => new[] { p.Y, p.Low ?? p.Y, p.High ?? p.Y }).ToArray();
        double low = values.Length == 0 ? 0 : values.Min();
        double high = values.Length == 0 ? 1 : values.Max();
        return (includeZero ? Math.Min(0, low) : low, high);
    }

    /// <summary>Ticks at 1, 2 and 5 times each power of ten within the range, labelled with the plain value.</summary>
    private static void LogTicks(Plot plot, double min, double max)
    {
        var ticks = new List<double>();
        for (int decade = (int)Math.Floor(Math.Log10(min)); decade <= (int)Math.Ceiling(Math.Log10(max)); decade++)
        {
            ticks.AddRange(new[] { 1.0, 2, 5 }.Select(m => m * Math.Pow(10, decade)).Where(v => v >= min && v <= max));
        }

        plot.Axes.Bottom.SetTicks([.. ticks.Select(Math.Log10)], [.. ticks.Select(v => v.ToString("G4", CultureInfo.InvariantCulture))]);
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
            if (!finite || (p.Low ?? p.Y) > (p.High ?? p.Y) || (options.LogX && p.X <= 0))
            {
                throw new ArgumentException($"Point {p} must be finite with Low <= High (and X > 0 on a log axis).", nameof(series));
            }
        }

        if (options.References.Any(r => !double.IsFinite(r.Value)))
        {
            throw new ArgumentException("Reference values must be finite.", nameof(options));
        }
    }
}
