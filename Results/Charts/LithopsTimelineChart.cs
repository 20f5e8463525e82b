using System.Globalization;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The timeline Lithops draws with <c>fexec.plot()</c> (lithops/plots.py, create_timeline): per
/// call (y) a dot at host submit, function start, function done, status fetched and results
/// fetched, x in seconds from the job's host_job_create. One panel per policy on one time axis.
/// </summary>
public static class LithopsTimelineChart
{
    // Okabe-Ito, one colour per event in Lithops' order.
    private static readonly (string Name, string Color, Func<TimelineRow, double> Time)[] Events =
    [
        ("host submit", Palette.Blue, r => r.Submit),
        ("function start", Palette.BluishGreen, r => r.Start),
        ("function done", Palette.Vermillion, r => r.End),
        ("status fetched", Palette.ReddishPurple, r => r.StatusDone),
        ("results fetched", Palette.Orange, r => r.ResultDone),
    ];

    /// <exception cref="ArgumentException">No panel, or a row with non-finite times or end before start.</exception>
    public static ChartFigure Render(IReadOnlyList<TimelinePanel> panels, LithopsPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(panels);
        options ??= new LithopsPlotOptions();
        options.Validate();
        if (panels.Count == 0)
        {
            throw new ArgumentException("The Lithops timeline needs at least one panel.", nameof(panels));
        }

        var binned = panels.Select(p => TimelineBins.Of(p, int.MaxValue)).ToArray();
        double right = 1;
        foreach (var b in binned.Where(b => b.Sorted.Length > 0))
        {
            double origin = Origin(b.Sorted);
            right = Math.Max(right, b.Sorted.Max(r => Events.Select(e => e.Time(r)).Where(double.IsFinite).Max()) - origin);
        }

        var notes = new List<string>();
        var rows = new List<(Plot, int)> { (ChartStyle.TitleStrip(options.Title), 36) };
        for (int i = 0; i < panels.Count; i++)
        {
            var calls = binned[i].Sorted;
            int stride = Math.Max(1, (int)Math.Ceiling((double)calls.Length / options.MaxCallsPerPanel));
            if (stride > 1)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{panels[i].Title}: every {stride}th of {calls.Length} calls drawn."));
            }

            var plot = ChartStyle.NewPlot();
            plot.Title(panels[i].Title);
            plot.YLabel("function call");
            if (i == panels.Count - 1)
            {
                plot.XLabel("execution time (s from host_job_create)");
            }

            var shown = calls.Where((_, k) => k % stride == 0).ToArray();
            double origin = Origin(calls);
            float size = shown.Length > 500 ? 3 : 5;
            foreach (var (name, color, time) in Events)
            {
                var points = shown.Where(r => double.IsFinite(time(r))).ToArray();
                var markers = plot.Add.Markers(points.Select(r => time(r) - origin).ToArray(), points.Select(r => (double)r.FunctionId).ToArray(),
                    MarkerShape.FilledCircle, size, ChartStyle.Color(color).WithAlpha(0.8));
                markers.MarkerLineWidth = 0;
                if (i == 0)
                {
                    ChartStyle.LegendMarker(plot, name, ChartStyle.Color(color), MarkerShape.FilledCircle);
                }
            }

            double top = calls.Length == 0 ? 1 : calls[^1].FunctionId;
            plot.Axes.SetLimits(0, right * 1.03, -0.02 * Math.Max(top, 1) - 0.5, (top * 1.02) + 0.5);
            ChartStyle.LegendOutside(plot);
            ChartStyle.Finish(plot);
            rows.Add((plot, options.PanelHeight));
        }

        return ChartStyle.Stack((int)options.Width, rows, notes);
    }

    /// <summary>The job's host_job_create, or its first submit when the rows do not carry it.</summary>
    internal static double Origin(IReadOnlyList<TimelineRow> rows)
    {
        var created = rows.Select(r => r.JobCreate).Where(double.IsFinite).ToArray();
        return created.Length > 0 ? created.Min() : rows.Count == 0 ? 0 : rows.Min(r => r.Submit);
    }
}
