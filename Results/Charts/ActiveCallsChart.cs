using System.Globalization;
using Burstsim.Results.Statistics;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The histogram Lithops draws with <c>fexec.plot()</c> (lithops/plots.py, create_histogram): per
/// call a grey line from worker start to worker end, and over them the number of calls active at
/// each moment ("total active calls", counted exactly rather than in Lithops' one-second bins).
/// x in seconds from the job's host_job_create; one panel per policy on one time axis.
/// </summary>
public static class ActiveCallsChart
{
    private const string ActiveColor = Palette.Blue;

    /// <exception cref="ArgumentException">No panel, or a row with non-finite times or end before start.</exception>
    public static ChartFigure Render(IReadOnlyList<TimelinePanel> panels, LithopsPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(panels);
        options ??= new LithopsPlotOptions { Title = "Active calls" };
        options.Validate();
        if (panels.Count == 0)
        {
            throw new ArgumentException("The active-calls chart needs at least one panel.", nameof(panels));
        }

        // Worker start to worker end is what Lithops counts as active; rows without them fall back to func start and end.
        var worker = panels.Select(p => new TimelinePanel(p.Title, [.. p.Rows.Select(r => r with
        {
            Start = double.IsFinite(r.WorkerStart) ? Math.Min(r.WorkerStart, r.Start) : r.Start,
            End = double.IsFinite(r.WorkerEnd) ? Math.Max(r.WorkerEnd, r.End) : r.End,
            WorkerStart = double.NaN,
        })])).ToArray();
        var binned = worker.Select(p => TimelineBins.Of(p, options.MaxCallsPerPanel)).ToArray();
        var origins = binned.Select(b => LithopsTimelineChart.Origin(b.Sorted)).ToArray();
        double right = 1;
        for (int i = 0; i < binned.Length; i++)
        {
            right = binned[i].Sorted.Length == 0 ? right : Math.Max(right, binned[i].Sorted.Max(r => r.End) - origins[i]);
        }

        right *= 1.03;
        var notes = new List<string>();
        var rows = new List<(Plot, int)> { (ChartStyle.TitleStrip(options.Title), 36) };
        for (int i = 0; i < panels.Count; i++)
        {
            var plot = ChartStyle.NewPlot();
            plot.Title(panels[i].Title);
            plot.YLabel("function call / active calls");
            if (i == panels.Count - 1)
            {
                plot.XLabel("execution time (s from host_job_create)");
            }

            var b = binned[i];
            if (b.Size > 1)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{panels[i].Title}: each grey bar spans {b.Size} consecutive calls of {b.Sorted.Length}; the active count uses every call."));
            }

            double origin = origins[i];
            var grey = Colors.Black.WithAlpha(b.Size > 1 ? 0.35 : 0.6);
            plot.Add.Bars(b.Bins.Select(r => new Bar
            {
                Position = r.FunctionId, ValueBase = r.Start - origin, Value = r.End - origin, Size = b.Size > 1 ? 0.8 * b.Size : 0.35,
                FillColor = grey, LineWidth = 0, Orientation = Orientation.Horizontal,
            }).ToArray()).Horizontal = true;

            var steps = RunningCount.Of(b.Sorted.Select(r => (r.Start - origin, r.End - origin)));
            int peak = 1;
            if (steps.Count > 0)
            {
                var (xs, ys) = TimelineChart.StepPoints(steps, right);
                ChartStyle.Line(plot, xs, ys, ChartStyle.Color(ActiveColor), 2, LinePattern.Solid);
                peak = steps.Max(s => s.Count);
            }

            ChartStyle.LegendLine(plot, "total active calls", ChartStyle.Color(ActiveColor));
            ChartStyle.LegendPatch(plot, "one call: worker start to end", grey);
            double top = Math.Max(peak, b.Sorted.Length == 0 ? 1 : b.Sorted[^1].FunctionId);
            plot.Axes.SetLimits(0, right, -0.02 * top - 0.5, (top * 1.08) + 0.5);
            ChartStyle.LegendOutside(plot);
            ChartStyle.Finish(plot);
            rows.Add((plot, options.PanelHeight));
        }

        return ChartStyle.Stack((int)options.Width, rows, notes);
    }
}
