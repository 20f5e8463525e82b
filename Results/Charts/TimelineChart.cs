using System.Globalization;
using Burstsim.Results.Statistics;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The launch timeline (after the burst-computing thesis, Figure 5.1): one panel per policy on one
/// shared time axis; y is the function index, a small dark dot marks each function's submit, a sand bar
/// its worker start-up (worker_start to func start), a grey bar its run (func start to end), the grey
/// telling invokers apart (a fixed cycle by invoker number, the same in every figure). A separate bottom
/// panel counts running functions per policy (policy colours, its own axis). Past about one row per
/// 1.5 screen pixels (on paper one printed pixel) a bar stands for several consecutive functions, drawn as a density
/// (thickness = share of them running), instead of a moire of hairlines; the caption says how many. On paper the panels are small multiples within a column figure's 4.5 in
/// (<see cref="ChartFacets.Facets"/>): seven policies at 28 pt each, names beside the panels, one shared y label.
/// </summary>
public static class TimelineChart
{
    // Height of the running-functions panel, pixels.
    private const int RunningHeight = 200;

    // The running-functions panel on paper, points: a 55 pt data area (its wrapped label's longest word is 43 pt) and the time axis.
    private const double RunningPoints = 80;

    // The legend strip above a paper timeline, points: up to four rows of 7 pt entries (seven policies at 3.5 in).
    private const double StripPoints = 48;

    /// <summary>A one-to-three panel comparison: Height is each policy's panel, MaxMarks its most bars.</summary>
    public static ChartOptions Defaults { get; } = new() { Title = "Function timeline", XLabel = "time (s)", YLabel = "function index", Width = 1000, Height = 260, MaxMarks = 2000 };

    /// <exception cref="ArgumentException">No panel, or a row with non-finite times or end before start.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Width below 400 or Height below 140 pixels.</exception>
    public static ChartFigure Render(IReadOnlyList<TimelinePanel> panels, ChartOptions? options = null)
    {
        options = (options ?? Defaults).Checked(400, 140);
        ChartStyle.Require(panels.Count > 0, "A timeline needs at least one panel.", nameof(panels));
        var style = options.Style;
        // On paper the policy panels and the running count are small multiples within a column figure's 4.5 in
        // (ChartFacets.Facets): seven policies get 28 pt each rather than a page.
        double floor = PaperSizes.PanelFloor(style, panels.Count + 1, 90);
        double panelHeight = style.IsPaper
            ? PaperSizes.FacetHeight(panels.Count, style.Height(options.Height, options.Width, floor), RunningPoints + StripPoints)
            : style.Height(options.Height, options.Width, floor);
        // Rows thinner than 1.5 pixels of the data area (about 80% of a screen panel) draw as moire: bars aggregate beyond.
        // On paper a row gets at least one printed pixel of the facet's data area (all but its 7 pt of gaps): at 300 dpi a
        // 60 pt panel draws 220 functions one by one (a point a row aggregated the thesis' 100 and 120 functions for no reason).
        int readable = Math.Max(20, (int)(style.IsPaper ? (panelHeight - 7) * style.PngScale : panelHeight * 0.8 / 1.5));
        var binned = panels.Select(p => TimelineBins.Of(p, Math.Min(options.MaxMarks, readable))).ToArray();
        var all = binned.SelectMany(b => b.Sorted).ToArray();
        var invokers = InvokerColors(all);
        double tMin = all.Length == 0 ? 0 : all.Min(r => Math.Min(r.Submit, r.WorkerStart < r.Start ? r.WorkerStart : r.Start));
        double tMax = all.Length == 0 ? 1 : all.Max(r => r.End);
        // Latencies read best from zero; a run that starts late on the clock keeps its own origin.
        double left = tMin >= 0 && tMin <= 0.5 * tMax ? 0 : tMin;
        double right = tMax + (0.02 * Math.Max(tMax - left, 1e-9));
        var bars = panels.Select((p, i) => BarPanel(p.Title, binned[i], invokers, options, i == 0 ? all : null, left, right, panelHeight)).ToArray();
        var notes = new List<string>
        {
            // The encoding, once for the figure.
            "Black dots: each function's submit (host_job_create); sand: worker setup (worker_start to function start); grey bars: the function running in its invoker's grey, by invoker number k mod 3 (invoker0, 3, 6, ... dark; 1, 4, ... mid; 2, 5, ... light; the legend names them)"
                + (panels.Any(p => p.Rows.Any(r => r.Lost)) ? "; red: an attempt lost to a fault." : "."),
        };
        var aggregated = panels.Zip(binned).Where(p => p.Second.Size > 1).ToArray();
        if (aggregated.Length > 0)
        {
            // Once for all panels: per panel it repeated the same sentence seven times.
            string sizes = aggregated.Select(p => p.Second.Size).Distinct().Count() == 1 && aggregated.Length == panels.Count
                ? string.Create(CultureInfo.InvariantCulture, $"Each bar stands for {aggregated[0].Second.Size} consecutive functions")
                : "Each bar stands for " + string.Join(", ", aggregated.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Second.Size} ({p.First.Title})"))) + " consecutive functions";
            notes.Add(sizes + ", drawn as a density: at each time its bar is as thick as the share of those functions running then (a quarter, half, three quarters or all of them, rounded up), so a thin stretch is a few functions running, not one function running that long; in the grey of the invoker most of them ran on (the lowest number on a tie); the running count and the data CSV use every function.");
        }

        var running = RunningPanel(style, panels, binned, options.XLabel, left, right);
        var figure = style.IsPaper
            ? ChartFacets.Facets(style, options.Width, [.. bars.Select(b => (b, panelHeight)), (running, RunningPoints)], notes)
            : ChartStack.Stack(style, options.Title, options.Width, [.. bars.Select(b => (b, options.Height)), (running, RunningHeight)], notes, minPanelPoints: floor);
        return figure.With(Data(panels, binned));
    }

    /// <summary>
    /// Two or three round indices from <paramref name="min"/> to <paramref name="max"/>: the middle one is left out when
    /// neighbours would sit less than 1.8 label heights apart on a data area of <paramref name="dataUnits"/> showing
    /// <paramref name="span"/> indices (0, 20, 40 ran together on a 28 pt paper panel of 48 functions).
    /// </summary>
    internal static double[] IndexTicks(double min, double max, double span, double dataUnits, float tickSize)
    {
        double step = NiceStep((max - min) / 1.5);
        double[] ticks = [.. Enumerable.Range(0, 3).Select(k => (Math.Ceiling(min / step) + k) * step).Where(t => t <= max)];
        return ticks.Length == 3 && step * dataUnits / Math.Max(span, 1e-9) < 1.8 * tickSize ? [ticks[0], ticks[2]] : ticks;
    }

    /// <summary>One policy's bars; <paramref name="legendFor"/>, every row of the figure, when this panel carries the legend.</summary>
    // The largest of 1, 2 and 5 times a power of ten not above value (at least 1: function indices are whole).
    internal static double NiceStep(double value)
    {
        if (!(value >= 1))
        {
            return 1;
        }

        double power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 5.0, 2, 1 }.Select(m => m * power).First(v => v <= value);
    }

    private static Plot BarPanel(string title, TimelineBins bins, (Dictionary<int, string> Of, (string Label, string Color)[] Legend) invokers, ChartOptions options, TimelineRow[]? legendFor, double left, double right, double panelHeight)
    {
        // On paper the label must fit a short panel: the notes say how many functions a bar holds.
        string yLabel = bins.Size == 1 || options.Style.IsPaper ? options.YLabel : string.Create(CultureInfo.InvariantCulture, $"{options.YLabel} ({bins.Size} per bar)");
        var plot = ChartStyle.NewPlot(options.Style, title, "", yLabel);
        Color ColorOf(TimelineRow r) => ChartStyle.Color(r.Lost ? Palette.Lost : invokers.Of[r.InvokerIndex]);
        // A NaN worker start (unknown) compares false: no start-up bar.
        plot.Add.Bars(bins.Bins.Where(r => r.WorkerStart < r.Start).Select(r => ChartMarks.Span(r.FunctionId, r.WorkerStart, r.Start, 0.8 * bins.Size, ChartStyle.Color(Palette.Setup))).ToArray()).Horizontal = true;
        // An aggregated row is a density: over each interval its bar is as thick as the share of its functions running then
        // (in quarters), so a thin stretch is a few functions, not one long run. Thickness, not lightness: the greys already
        // tell invokers apart.
        plot.Add.Bars(bins.Bins.Zip(bins.Segments).SelectMany(b => b.Second.Select(s => ChartMarks.Span(b.First.FunctionId, s.Start, s.End, 0.8 * bins.Size * s.Share, ColorOf(b.First)))).ToArray()).Horizontal = true;
        // A submit dot no thicker than its bar (one row's share of the data area), so a column of dots stays a column of dots.
        float row = (float)(panelHeight * 0.75 / Math.Max(1, bins.Bins.Length));
        float dot = Math.Clamp(row, options.Style.IsPaper ? 1f : 1.5f, 5f) / options.Style.MarkScale;
        ChartMarks.Dots(plot, bins.Bins.Select(r => r.Submit), bins.Bins.Select(r => (double)r.FunctionId), dot, ChartStyle.Color(Palette.Submit));
        int idMin = bins.Sorted.Length == 0 ? 0 : bins.Sorted[0].FunctionId;
        int idMax = bins.Sorted.Length == 0 ? 1 : bins.Sorted[^1].FunctionId;
        double pad = Math.Max(0.6 * bins.Size, 0.02 * (idMax - idMin));
        plot.Axes.SetLimits(left, right, idMin - pad, idMax + pad);
        // A short paper panel leaves the automatic ticks room for "0" alone: two or three round function indices instead.
        double[] ticks = IndexTicks(idMin, idMax, idMax - idMin + (2 * pad), options.Style.IsPaper ? panelHeight - 7 : panelHeight * 0.8, options.Style.TickSize);
        plot.Axes.Left.SetTicks(ticks, [.. ticks.Select(t => t.ToString("0", CultureInfo.InvariantCulture))]);
        if (bins.Sorted.Length == 0)
        {
            plot.Add.Annotation("no functions", Alignment.MiddleCenter);
        }

        if (legendFor is not null)
        {
            ChartLegend.Marker(plot, "submit", ChartStyle.Color(Palette.Submit));
            ChartLegend.Patch(plot, "worker setup", ChartStyle.Color(Palette.Setup));
            foreach (var (label, color) in legendFor.Any(r => r.Lost) ? invokers.Legend.Append(("lost attempt", Palette.Lost)) : invokers.Legend)
            {
                ChartLegend.Patch(plot, label, ChartStyle.Color(color));
            }
        }

        return plot;
    }

    /// <summary>
    /// Invoker k's grey is <see cref="Palette.ForInvoker"/>(k) in every figure; the legend has one entry per grey naming its
    /// invokers ("invoker1, 5, 9, ..." when names end in their numbers), so it stays short at any cluster size.
    /// </summary>
    private static (Dictionary<int, string> Of, (string Label, string Color)[] Legend) InvokerColors(TimelineRow[] rows)
    {
        var invokers = rows.DistinctBy(r => r.InvokerIndex).OrderBy(r => r.InvokerIndex).ToArray();
        var legend = invokers.GroupBy(r => Palette.ForInvoker(GreyNumber(r)), StringComparer.Ordinal)
            .OrderBy(g => g.Min(GreyNumber) % Palette.InvokerGreys.Count)
            .Select(g => (Label: InvokerLabel([.. g.Select(r => r.InvokerName)]), Color: g.Key))
            .ToArray();
        return (invokers.ToDictionary(r => r.InvokerIndex, r => Palette.ForInvoker(GreyNumber(r))), legend);
    }

    /// <summary>
    /// The invoker number whose grey a row takes: the number its name ends with ("invoker2" is 2, whatever order an
    /// imported file lists its invokers in), else its index in the cluster. Simulated invokers are named by their index,
    /// so both agree there.
    /// </summary>
    internal static int GreyNumber(TimelineRow row)
    {
        string name = row.InvokerName ?? "";
        int digits = name.Length - name.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').Length;
        return digits is > 0 and < 9 && int.TryParse(name.AsSpan(name.Length - digits), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int k) ? k : row.InvokerIndex;
    }

    private static string InvokerLabel(string[] names)
    {
        if (names.Length == 1)
        {
            return names[0];
        }

        // "invoker1", "invoker5" -> "invoker1, 5": the shared prefix once, at most three numbers, then an ellipsis.
        string prefix = names[0].TrimEnd("0123456789".ToCharArray());
        bool numbered = prefix.Length < names[0].Length && names.All(n => n.StartsWith(prefix, StringComparison.Ordinal) && n[prefix.Length..].All(char.IsAsciiDigit));
        var shown = numbered ? names.Take(3).Select((n, i) => i == 0 ? n : n[prefix.Length..]) : names.Take(2);
        return string.Join(", ", shown) + (names.Length > (numbered ? 3 : 2) ? ", \u2026" : "");
    }

    /// <summary>Every function of every panel (not the bars: a bar may stand for several), in the order drawn.</summary>
    private static FigureData Data(IReadOnlyList<TimelinePanel> panels, TimelineBins[] binned) => new(
        ["panel", "function", "invoker", "submit_s", "worker_start_s", "start_s", "end_s", "lost"],
        [
            .. panels.Zip(binned).SelectMany(p => p.Second.Sorted.Select(r => (IReadOnlyList<string>)
            [
                p.First.Title, r.FunctionId.ToString(CultureInfo.InvariantCulture), r.InvokerName, FigureData.Cell(r.Submit), FigureData.Cell(r.WorkerStart),
                FigureData.Cell(r.Start), FigureData.Cell(r.End), r.Lost ? "true" : "false",
            ])),
        ]);

    private static Plot RunningPanel(FigureStyle style, IReadOnlyList<TimelinePanel> panels, TimelineBins[] binned, string xLabel, double left, double right)
    {
        var plot = ChartStyle.NewPlot(style, "", xLabel, "running functions");
        var colors = Palette.ForSeries([.. panels.Select(p => p.Title)]);
        int peak = 1;
        for (int i = 0; i < panels.Count; i++)
        {
            var steps = RunningCount.Of(binned[i].Sorted.Select(r => (r.Start, r.End)));
            if (steps.Count > 0)
            {
                ChartMarks.Steps(plot, steps.Select(s => (s.Time, (double)s.Count)), left, right, ChartStyle.Color(colors[i]));
                ChartLegend.Line(plot, panels[i].Title, ChartStyle.Color(colors[i]));
                peak = Math.Max(peak, steps.Max(s => s.Count));
            }
        }

        // Headroom above the peak so the highest step stays clear of the frame.
        plot.Axes.SetLimits(left, right, 0, peak * 1.15);
        return plot;
    }
}
