using System.Globalization;
using Burstsim.Results.Statistics;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The pair Lithops draws with <c>fexec.plot()</c> (lithops/plots.py), so Lithops users see what they
/// know: <see cref="Timeline"/> (create_timeline) and <see cref="ActiveCalls"/> (create_histogram).
/// One panel per policy on one time axis, x in seconds from the job's host_job_create.
/// </summary>
public static class LithopsCharts
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

    /// <summary>Height is each panel's; MaxMarks the most calls drawn per panel (beyond it the notes say what was drawn).</summary>
    public static ChartOptions Defaults { get; } = new() { Title = "Lithops timeline", XLabel = "execution time (s from host_job_create)", Width = 1000, Height = 300, MaxMarks = 4000 };

    /// <summary>
    /// create_timeline: per call (y) a dot at host submit, function start, function done, status
    /// fetched and results fetched; beyond MaxMarks calls, every k-th call.
    /// </summary>
    /// <exception cref="ArgumentException">No panel, or a row with non-finite times or end before start.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Width below 400 or Height below 160 pixels.</exception>
    public static ChartFigure Timeline(IReadOnlyList<TimelinePanel> panels, ChartOptions? options = null)
    {
        options = (options ?? Defaults).Checked(400, 160);
        var (bins, origins, right) = Prepare(panels, int.MaxValue, r => Events.Select(e => e.Time(r)).Where(double.IsFinite).Max());
        var notes = new List<string>();
        var plots = new List<(Plot, double)>();
        for (int i = 0; i < panels.Count; i++)
        {
            var calls = bins[i].Sorted;
            int stride = Math.Max(1, (int)Math.Ceiling((double)calls.Length / options.MaxMarks));
            if (stride > 1)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{panels[i].Title}: every {stride}th of {calls.Length} calls drawn."));
            }

            var plot = ChartStyle.NewPlot(panels[i].Title, i == panels.Count - 1 ? options.XLabel : "", "function call");
            var shown = calls.Where((_, k) => k % stride == 0).ToArray();
            foreach (var (name, color, time) in Events)
            {
                var points = shown.Where(r => double.IsFinite(time(r))).ToArray();
                ChartStyle.Dots(plot, points.Select(r => time(r) - origins[i]), points.Select(r => (double)r.FunctionId), shown.Length > 500 ? 3 : 5, ChartStyle.Color(color).WithAlpha(0.8));
                if (i == 0)
                {
                    ChartStyle.LegendMarker(plot, name, ChartStyle.Color(color));
                }
            }

            double top = calls.Length == 0 ? 1 : calls[^1].FunctionId;
            plot.Axes.SetLimits(0, right, (-0.02 * Math.Max(top, 1)) - 0.5, (top * 1.02) + 0.5);
            plots.Add((plot, options.Height));
        }

        return ChartStyle.Stack(options.Title, options.Width, plots, notes);
    }

    /// <summary>
    /// create_histogram: per call a grey line from worker start to worker end (func start and end when
    /// unknown) and over them the number of calls active at each moment ("total active calls", counted
    /// exactly rather than in Lithops' one-second bins); beyond MaxMarks calls a grey bar spans several.
    /// </summary>
    /// <exception cref="ArgumentException">No panel, or a row with non-finite times or end before start.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Width below 400 or Height below 160 pixels.</exception>
    public static ChartFigure ActiveCalls(IReadOnlyList<TimelinePanel> panels, ChartOptions? options = null)
    {
        options = (options ?? Defaults with { Title = "Active calls" }).Checked(400, 160);
        var worker = panels.Select(p => p with
        {
            // Worker start to worker end is what Lithops counts as active; an unknown (NaN) one compares false.
            Rows = [.. p.Rows.Select(r => r with { Start = r.WorkerStart < r.Start ? r.WorkerStart : r.Start, End = r.WorkerEnd > r.End ? r.WorkerEnd : r.End })],
        }).ToArray();
        var (bins, origins, right) = Prepare(worker, options.MaxMarks, r => r.End);
        var plots = new List<(Plot, double)>();
        for (int i = 0; i < panels.Count; i++)
        {
            var b = bins[i];
            double origin = origins[i];
            var plot = ChartStyle.NewPlot(panels[i].Title, i == panels.Count - 1 ? options.XLabel : "", "function call / active calls");
            var grey = Colors.Black.WithAlpha(b.Size > 1 ? 0.35 : 0.6);
            plot.Add.Bars(b.Bins.Select(r => ChartStyle.Span(r.FunctionId, r.Start - origin, r.End - origin, b.Size > 1 ? 0.8 * b.Size : 0.35, grey)).ToArray()).Horizontal = true;
            var steps = RunningCount.Of(b.Sorted.Select(r => (r.Start - origin, r.End - origin)));
            ChartStyle.Steps(plot, steps.Select(s => (s.Time, (double)s.Count)), 0, right, ChartStyle.Color(Palette.Blue));
            ChartStyle.LegendLine(plot, "total active calls", ChartStyle.Color(Palette.Blue));
            ChartStyle.LegendPatch(plot, "one call: worker start to end", grey);
            double top = Math.Max(steps.Count == 0 ? 1 : steps.Max(s => s.Count), b.Sorted.Length == 0 ? 1 : b.Sorted[^1].FunctionId);
            plot.Axes.SetLimits(0, right, (-0.02 * top) - 0.5, (top * 1.08) + 0.5);
            plots.Add((plot, options.Height));
        }

        var notes = panels.Zip(bins).Where(p => p.Second.Size > 1).Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.First.Title}: each grey bar spans {p.Second.Size} consecutive calls of {p.Second.Sorted.Length}; the active count uses every call."));
        return ChartStyle.Stack(options.Title, options.Width, plots, notes);
    }

    /// <summary>Each panel's bins and origin (host_job_create, else its first submit), and the shared right end of the time axis (s from origin).</summary>
    private static (TimelineBins[] Bins, double[] Origins, double Right) Prepare(IReadOnlyList<TimelinePanel> panels, int maxBars, Func<TimelineRow, double> latest)
    {
        ChartStyle.Require(panels.Count > 0, "The Lithops plots need at least one panel.", nameof(panels));
        var bins = panels.Select(p => TimelineBins.Of(p, maxBars)).ToArray();
        var origins = bins.Select(b => b.Sorted.Select(r => r.JobCreate).Where(double.IsFinite).DefaultIfEmpty(b.Sorted.Length == 0 ? 0 : b.Sorted.Min(r => r.Submit)).Min()).ToArray();
        double right = bins.Select((b, i) => b.Sorted.Select(r => latest(r) - origins[i]).DefaultIfEmpty(1).Max()).Append(1).Max();
        return (bins, origins, right * 1.03);
    }
}
