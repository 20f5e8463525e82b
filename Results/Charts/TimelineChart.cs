using System.Globalization;
using Burstsim.Results.Statistics;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The launch timeline (after the burst-computing thesis, Figure 5.1): one panel per policy on one
/// shared time axis; y is the function index, a dark dot marks each function's submit, a pale bar
/// its worker start-up (worker_start to func start), a solid bar its run (func start to end),
/// coloured by invoker. A separate bottom panel counts running functions per policy (policy
/// colours, its own axis and gridlines). Beyond <see cref="TimelineOptions.MaxBarsPerPanel"/>
/// functions a bar stands for several consecutive functions (their envelope).
/// </summary>
public static class TimelineChart
{
    private const string SubmitColor = "#222222";

    /// <exception cref="ArgumentException">No panel, or a row with non-finite times or end before start.</exception>
    public static ChartFigure Render(IReadOnlyList<TimelinePanel> panels, TimelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(panels);
        options ??= new TimelineOptions();
        options.Validate();
        if (panels.Count == 0)
        {
            throw new ArgumentException("A timeline needs at least one panel.", nameof(panels));
        }

        var binned = panels.Select(p => TimelineBins.Of(p, options.MaxBarsPerPanel)).ToArray();
        var invokers = new InvokerColors(binned.SelectMany(b => b.Sorted));
        var filled = binned.Where(b => b.Sorted.Length > 0).ToArray();
        double tMin = filled.Length == 0 ? 0 : filled.Min(b => b.Sorted.Min(r => Math.Min(r.Submit, Earliest(r))));
        double tMax = filled.Length == 0 ? 1 : filled.Max(b => b.Sorted.Max(r => r.End));
        // Latencies read best from zero; a run that starts late on the clock keeps its own origin.
        double left = tMin >= 0 && tMin <= 0.5 * tMax ? 0 : tMin;
        double right = tMax + (0.02 * Math.Max(tMax - left, 1e-9));

        var notes = new List<string>();
        var rows = new List<(Plot, int)> { (ChartStyle.TitleStrip(options.Title), 36) };
        for (int i = 0; i < panels.Count; i++)
        {
            if (binned[i].Size > 1)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{panels[i].Title}: each bar spans {binned[i].Size} consecutive functions (earliest start to latest end) of {binned[i].Sorted.Length}; the running count uses every function."));
            }

            rows.Add((BarPanel(panels[i].Title, binned[i], invokers, options, i == 0, left, right), options.PanelHeight));
        }

        rows.Add((RunningPanel(panels, binned, options, left, right), options.RunningHeight));
        return ChartStyle.Stack((int)options.Width, rows, notes);
    }

    private static double Earliest(TimelineRow r) => double.IsNaN(r.WorkerStart) ? r.Start : Math.Min(r.WorkerStart, r.Start);

    private static Plot BarPanel(string title, TimelineBins bins, InvokerColors invokers, TimelineOptions options, bool legend, double left, double right)
    {
        var plot = ChartStyle.NewPlot();
        plot.Title(title);
        plot.YLabel(bins.Size == 1 ? options.FunctionLabel : string.Create(CultureInfo.InvariantCulture, $"{options.FunctionLabel} ({bins.Size} per bar)"));
        double size = 0.8 * bins.Size;
        var warm = new List<Bar>(bins.Bins.Count);
        var run = new List<Bar>(bins.Bins.Count);
        foreach (var r in bins.Bins)
        {
            var color = ChartStyle.Color(invokers.For(r.InvokerIndex));
            if (!double.IsNaN(r.WorkerStart) && r.WorkerStart < r.Start)
            {
                warm.Add(Bar(r.FunctionId, r.WorkerStart, r.Start, size, color.WithAlpha(0.3)));
            }

            run.Add(Bar(r.FunctionId, r.Start, r.End, size, color));
        }

        plot.Add.Bars(warm).Horizontal = true;
        plot.Add.Bars(run).Horizontal = true;
        var submits = plot.Add.Markers(bins.Bins.Select(r => r.Submit).ToArray(), bins.Bins.Select(r => (double)r.FunctionId).ToArray(),
            MarkerShape.FilledCircle, bins.Bins.Count > 500 ? 3 : 5, ChartStyle.Color(SubmitColor));
        submits.MarkerLineWidth = 0;

        int idMin = bins.Sorted.Length == 0 ? 0 : bins.Sorted[0].FunctionId;
        int idMax = bins.Sorted.Length == 0 ? 1 : bins.Sorted[^1].FunctionId;
        double pad = Math.Max(0.6 * bins.Size, 0.02 * (idMax - idMin));
        plot.Axes.SetLimits(left, right, idMin - pad, idMax + pad);
        if (bins.Sorted.Length == 0)
        {
            plot.Add.Annotation("no functions", Alignment.MiddleCenter);
        }

        if (legend)
        {
            ChartStyle.LegendMarker(plot, "submit", ChartStyle.Color(SubmitColor), MarkerShape.FilledCircle);
            ChartStyle.LegendPatch(plot, "worker start to func start", ChartStyle.Color(invokers.Legend[0].Color).WithAlpha(0.3));
            foreach (var (label, color) in invokers.Legend)
            {
                ChartStyle.LegendPatch(plot, label, ChartStyle.Color(color));
            }

            ChartStyle.LegendOutside(plot);
        }

        ChartStyle.Finish(plot);
        return plot;
    }

    private static Bar Bar(double y, double from, double to, double size, Color color) =>
        new() { Position = y, ValueBase = from, Value = to, Size = size, FillColor = color, LineWidth = 0, Orientation = Orientation.Horizontal };

    private static Plot RunningPanel(IReadOnlyList<TimelinePanel> panels, TimelineBins[] binned, TimelineOptions options, double left, double right)
    {
        var plot = ChartStyle.NewPlot();
        plot.XLabel(options.TimeLabel);
        plot.YLabel(options.RunningLabel);
        var colors = Palette.ForSeries([.. panels.Select(p => p.Title)]);
        int peak = 1;
        for (int i = 0; i < panels.Count; i++)
        {
            var steps = RunningCount.Of(binned[i].Sorted.Select(r => (r.Start, r.End)));
            if (steps.Count == 0)
            {
                continue;
            }

            var (xs, ys) = StepPoints(steps, right);
            ChartStyle.Line(plot, xs, ys, ChartStyle.Color(colors[i]), 2, LinePattern.Solid);
            ChartStyle.LegendLine(plot, panels[i].Title, ChartStyle.Color(colors[i]));
            peak = Math.Max(peak, steps.Max(s => s.Count));
        }

        // Headroom above the peak so the highest step stays clear of the frame.
        plot.Axes.SetLimits(left, right, 0, peak * 1.15);
        ChartStyle.LegendOutside(plot);
        ChartStyle.Finish(plot);
        return plot;
    }

    /// <summary>The corners of a step curve, starting at zero and ending at <paramref name="until"/>.</summary>
    internal static (double[] Xs, double[] Ys) StepPoints(IReadOnlyList<CountStep> steps, double until)
    {
        var xs = new double[(2 * steps.Count) + 1];
        var ys = new double[xs.Length];
        int previous = 0;
        for (int i = 0; i < steps.Count; i++)
        {
            xs[2 * i] = xs[(2 * i) + 1] = steps[i].Time;
            ys[2 * i] = previous;
            ys[(2 * i) + 1] = previous = steps[i].Count;
        }

        xs[^1] = Math.Max(until, steps[^1].Time);
        ys[^1] = previous;
        return (xs, ys);
    }
}
