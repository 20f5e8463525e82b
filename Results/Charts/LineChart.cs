using System.Globalization;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Lines over a numeric x (e.g. dispatch interval, log10 scale when asked), the y axis from zero: each
/// point a mean joined by a line, with an optional translucent interval band. Constants (e.g. classic
/// OpenWhisk's mean startup, which has no dispatch interval) are references: horizontal dashed lines,
/// never series, with their interval as a pale band; one far outside the series' range does not
/// stretch the axis but is named in the legend as off scale.
/// </summary>
public static class LineChart
{
    /// <summary>Draws each named series (e.g. a policy) against the references; <paramref name="logX"/> puts x on a log10 axis labelled with plain values.</summary>
    /// <exception cref="ArgumentException">No point, a non-finite point, Low above High, x &lt;= 0 on a log axis, a non-finite reference, or no YLabel.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Smaller than 300 x 200 pixels.</exception>
    public static ChartFigure Render(IReadOnlyList<(string Name, IReadOnlyList<LinePoint> Points)> series, IReadOnlyList<(string Name, double Value, double? Low, double? High)> references, ChartOptions options, bool logX = false)
    {
        options.Checked(300, 200);
        var points = series.SelectMany(s => s.Points).ToArray();
        ChartStyle.Require(points.Length > 0, "A line chart needs at least one point.", nameof(series));
        var bad = points.FirstOrDefault(p => !(double.IsFinite(p.X) && double.IsFinite(p.Y) && (p.Low ?? p.Y) <= (p.High ?? p.Y) && double.IsFinite(p.Low ?? 0) && double.IsFinite(p.High ?? 0)) || (logX && p.X <= 0));
        ChartStyle.Require(bad is null, $"Point {bad} must be finite with Low <= High (and X > 0 on a log axis).", nameof(series));

        ChartStyle.Require(references.All(r => double.IsFinite(r.Value)), "Reference values must be finite.", nameof(references));
        ChartStyle.Require(options.YLabel.Length > 0, "YLabel must name the plotted quantity and its unit.", nameof(options));
        var plot = ChartStyle.NewPlot(options.Title, options.XLabel, options.YLabel);
        var colors = Palette.ForSeries([.. series.Select(s => s.Name), .. references.Select(r => r.Name)]).Select(ChartStyle.Color).ToArray();
        Func<double, double> x = logX ? Math.Log10 : v => v;
        foreach (var (line, color) in series.Zip(colors))
        {
            var sorted = line.Points.OrderBy(p => p.X).ToArray();
            double[] xs = [.. sorted.Select(p => x(p.X))];
            if (sorted.Any(p => p.Low is not null || p.High is not null))
            {
                var band = plot.Add.FillY(xs, [.. sorted.Select(p => p.Low ?? p.Y)], [.. sorted.Select(p => p.High ?? p.Y)]);
                band.FillColor = color.WithAlpha(0.2);
                band.LineWidth = 0;
            }

            var scatter = plot.Add.Scatter(xs, [.. sorted.Select(p => p.Y)], color);
            scatter.LineWidth = 2;
            scatter.MarkerSize = 7;
            ChartStyle.LegendLine(plot, line.Name, color, MarkerShape.FilledCircle);
        }

        double[] allX = [.. points.Select(p => x(p.X))];
        double pad = 0.04 * Math.Max(allX.Max() - allX.Min(), 0.5);
        double xMin = allX.Min() - pad;
        double xMax = allX.Max() + pad;
        double low = Math.Min(0, points.Min(p => Math.Min(p.Y, p.Low ?? p.Y)));
        double high = points.Max(p => Math.Max(p.Y, p.High ?? p.Y));
        var onScale = new List<double> { low, high };
        foreach (var (reference, color) in references.Zip(colors.Skip(series.Count)))
        {
            // A reference more than the series' span away would squash them: named in the legend only.
            bool off = reference.Value > high + (high - low) || reference.Value < low - (high - low);
            ChartStyle.LegendLine(plot, string.Create(CultureInfo.InvariantCulture, $"{reference.Name} (reference{(off ? $": {reference.Value:G4}, off scale" : "")})"), color, dashed: true);
            if (!off)
            {
                if (reference.Low is { } lo && reference.High is { } hi)
                {
                    plot.Add.VerticalSpan(lo, hi, color.WithAlpha(0.15)).LineWidth = 0;
                }

                ChartStyle.DashedHorizontal(plot, reference.Value, xMin, xMax, color);
                onScale.AddRange([reference.Low ?? reference.Value, reference.High ?? reference.Value]);
            }
        }

        double margin = 0.06 * Math.Max(onScale.Max() - onScale.Min(), (Math.Abs(onScale.Max()) * 1e-3) + 1e-9);
        plot.Axes.SetLimits(xMin, xMax, onScale.Min() >= 0 ? 0 : onScale.Min() - margin, onScale.Max() + margin);
        if (logX)
        {
            // Ticks at 1, 2 and 5 times each power of ten within the range, labelled with the plain value.
            double[] ticks = [.. Enumerable.Range((int)Math.Floor(xMin), (int)Math.Ceiling(xMax) - (int)Math.Floor(xMin) + 1)
                .SelectMany(d => new[] { 1.0, 2, 5 }.Select(m => m * Math.Pow(10, d))).Where(v => v >= Math.Pow(10, xMin) && v <= Math.Pow(10, xMax))];
            plot.Axes.Bottom.SetTicks([.. ticks.Select(Math.Log10)], [.. ticks.Select(v => v.ToString("G4", CultureInfo.InvariantCulture))]);
        }

        return ChartStyle.Stack(null, options.Width, [(plot, options.Height)], []);
    }
}
