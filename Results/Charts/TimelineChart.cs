using System.Globalization;
using Burstsim.Results.Statistics;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The launch timeline (after the burst-computing thesis, Figure 5.1): one panel per policy on one
/// shared time axis; y is the function index, a dark dot marks each function's submit, a pale bar
/// its worker start-up (worker_start to func start), a solid bar its run (func start to end),
/// coloured by invoker. A separate bottom panel counts running functions per policy (policy
/// colours, its own axis and gridlines). Beyond <see cref="ChartOptions.MaxMarks"/> functions a bar
/// stands for several consecutive functions (their envelope).
/// </summary>
public static class TimelineChart
{
    private const string SubmitColor = "#222222";

    // Attempts lost to a fault (invoker crash, lost message, failed start): a grey outside the invoker palette.
    private const string LostColor = "#9E9E9E";

    // Height of the running-functions panel, pixels.
    private const int RunningHeight = 200;

    /// <summary>A one-to-three panel comparison: Height is each policy's panel, MaxMarks its most bars.</summary>
    public static ChartOptions Defaults { get; } = new() { Title = "Function timeline", XLabel = "time (s)", YLabel = "function index", Width = 1000, Height = 260, MaxMarks = 2000 };

    /// <exception cref="ArgumentException">No panel, or a row with non-finite times or end before start.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Width below 400 or Height below 140 pixels.</exception>
    public static ChartFigure Render(IReadOnlyList<TimelinePanel> panels, ChartOptions? options = null)
    {
        options = (options ?? Defaults).Checked(400, 140);
        ChartStyle.Require(panels.Count > 0, "A timeline needs at least one panel.", nameof(panels));
        var binned = panels.Select(p => TimelineBins.Of(p, options.MaxMarks)).ToArray();
        var all = binned.SelectMany(b => b.Sorted).ToArray();
        var invokers = InvokerColors(all);
        double tMin = all.Length == 0 ? 0 : all.Min(r => Math.Min(r.Submit, r.WorkerStart < r.Start ? r.WorkerStart : r.Start));
        double tMax = all.Length == 0 ? 1 : all.Max(r => r.End);
        // Latencies read best from zero; a run that starts late on the clock keeps its own origin.
        double left = tMin >= 0 && tMin <= 0.5 * tMax ? 0 : tMin;
        double right = tMax + (0.02 * Math.Max(tMax - left, 1e-9));
        var rows = panels.Select((p, i) => (BarPanel(p.Title, binned[i], invokers, options, i == 0 ? all : null, left, right), options.Height));
        var notes = panels.Zip(binned).Where(p => p.Second.Size > 1).Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.First.Title}: each bar spans {p.Second.Size} consecutive functions (earliest start to latest end) of {p.Second.Sorted.Length}; the running count uses every function."));
        return ChartStyle.Stack(options.Title, options.Width, [.. rows, (RunningPanel(panels, binned, options.XLabel, left, right), RunningHeight)], notes);
    }

    /// <summary>One policy's bars; <paramref name="legendFor"/>, every row of the figure, when this panel carries the legend.</summary>
    private static Plot BarPanel(string title, TimelineBins bins, (Dictionary<int, string> Of, (string Label, string Color)[] Legend) invokers, ChartOptions options, TimelineRow[]? legendFor, double left, double right)
    {
        var plot = ChartStyle.NewPlot(title, "", bins.Size == 1 ? options.YLabel : string.Create(CultureInfo.InvariantCulture, $"{options.YLabel} ({bins.Size} per bar)"));
        Color ColorOf(TimelineRow r) => ChartStyle.Color(r.Lost ? LostColor : invokers.Of[r.InvokerIndex]);
        // A NaN worker start (unknown) compares false: no start-up bar.
        plot.Add.Bars(bins.Bins.Where(r => r.WorkerStart < r.Start).Select(r => ChartStyle.Span(r.FunctionId, r.WorkerStart, r.Start, 0.8 * bins.Size, ColorOf(r).WithAlpha(0.3))).ToArray()).Horizontal = true;
        plot.Add.Bars(bins.Bins.Select(r => ChartStyle.Span(r.FunctionId, r.Start, r.End, 0.8 * bins.Size, ColorOf(r))).ToArray()).Horizontal = true;
        ChartStyle.Dots(plot, bins.Bins.Select(r => r.Submit), bins.Bins.Select(r => (double)r.FunctionId), bins.Bins.Length > 500 ? 3 : 5, ChartStyle.Color(SubmitColor));
        int idMin = bins.Sorted.Length == 0 ? 0 : bins.Sorted[0].FunctionId;
        int idMax = bins.Sorted.Length == 0 ? 1 : bins.Sorted[^1].FunctionId;
        double pad = Math.Max(0.6 * bins.Size, 0.02 * (idMax - idMin));
        plot.Axes.SetLimits(left, right, idMin - pad, idMax + pad);
        if (bins.Sorted.Length == 0)
        {
            plot.Add.Annotation("no functions", Alignment.MiddleCenter);
        }

        if (legendFor is not null)
        {
            ChartStyle.LegendMarker(plot, "submit", ChartStyle.Color(SubmitColor));
            ChartStyle.LegendPatch(plot, "worker start to func start", ChartStyle.Color(invokers.Legend.Select(l => l.Color).DefaultIfEmpty(SubmitColor).First()).WithAlpha(0.3));
            foreach (var (label, color) in legendFor.Any(r => r.Lost) ? invokers.Legend.Append(("lost attempt", LostColor)) : invokers.Legend)
            {
                ChartStyle.LegendPatch(plot, label, ChartStyle.Color(color));
            }
        }

        return plot;
    }

    /// <summary>
    /// Each invoker its own colour; beyond <see cref="Palette.MaxInvokerColors"/>, runs of consecutive invokers share
    /// one colour and one legend entry ("invoker0-invoker1"), so no colour means two things in a figure.
    /// </summary>
    private static (Dictionary<int, string> Of, (string Label, string Color)[] Legend) InvokerColors(TimelineRow[] rows)
    {
        var invokers = rows.DistinctBy(r => r.InvokerIndex).OrderBy(r => r.InvokerIndex).ToArray();
        var colors = Palette.ForInvokers(Math.Clamp(invokers.Length, 1, Palette.MaxInvokerColors));
        // Invoker i of n joins run ceil((i + 1) * runs / n) - 1: runs of equal length, give or take one.
        var runs = invokers.Select((r, i) => (r, i)).GroupBy(x => (((x.i + 1) * colors.Count) - 1) / invokers.Length, x => x.r).ToArray();
        return (runs.SelectMany(run => run.Select(r => (r.InvokerIndex, colors[run.Key]))).ToDictionary(),
            [.. runs.Select(run => (run.Count() == 1 ? run.First().InvokerName : $"{run.First().InvokerName}\u2013{run.Last().InvokerName}", colors[run.Key]))]);
    }

    private static Plot RunningPanel(IReadOnlyList<TimelinePanel> panels, TimelineBins[] binned, string xLabel, double left, double right)
    {
        var plot = ChartStyle.NewPlot("", xLabel, "running functions");
        var colors = Palette.ForSeries([.. panels.Select(p => p.Title)]);
        int peak = 1;
        for (int i = 0; i < panels.Count; i++)
        {
            var steps = RunningCount.Of(binned[i].Sorted.Select(r => (r.Start, r.End)));
            if (steps.Count > 0)
            {
                ChartStyle.Steps(plot, steps.Select(s => (s.Time, (double)s.Count)), left, right, ChartStyle.Color(colors[i]));
                ChartStyle.LegendLine(plot, panels[i].Title, ChartStyle.Color(colors[i]));
                peak = Math.Max(peak, steps.Max(s => s.Count));
            }
        }

        // Headroom above the peak so the highest step stays clear of the frame.
        plot.Axes.SetLimits(left, right, 0, peak * 1.15);
        return plot;
    }
}
