using System.Globalization;
using Burstsim.Results.Statistics;
using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The pair Lithops draws with <c>fexec.plot()</c> (lithops/plots.py: create_timeline and create_histogram), in
/// Lithops' own style so that a Lithops user reads them as usual: seaborn's "deep" colour per event in Lithops' order,
/// calls on y in call order, x in seconds from host_job_create from 0 to 1.25 times the last results fetched
/// (timeline) or to 2.5 times the last worker end (histogram), active calls counted in Lithops' one-second bins, the
/// legend inside the plot at the upper right. One panel per run (e.g. per policy, or real and simulated) on one x range.
/// </summary>
public static class LithopsCharts
{
    // seaborn color_palette("deep"), in the order create_timeline hands it to its events.
    private static readonly (string Name, string Color, Func<TimelineRow, double> Time)[] Events =
    [
        ("host submit", "#4C72B0", r => r.Submit),
        ("function start", "#DD8452", r => r.Start),
        ("function done", "#55A868", r => r.End),
        ("status fetched", "#C44E52", r => r.StatusDone),
        ("results fetched", "#8172B3", r => r.ResultDone),
    ];

    // matplotlib's first default colour (C0): create_histogram's "Total Active Calls" line.
    private const string ActiveColor = "#1F77B4";

    /// <summary>Height is each panel's; MaxMarks the most calls drawn per panel (beyond it the notes say what was drawn).</summary>
    public static ChartOptions Defaults { get; } = new() { Title = "Lithops timeline", XLabel = "Execution Time (sec)", Width = 1000, Height = 300, MaxMarks = 4000 };

    /// <summary>
    /// create_timeline: per call (y, in call order) a dot at host submit, function start, function done, status
    /// fetched and results fetched, as Lithops draws it. Dots shrink to 1.2 screen pixels while rows fit 1.1 dots apart;
    /// past that neighbouring calls' dots overlap (the notes say how many calls share a dot's height), and past MaxMarks
    /// every k-th call is drawn; never a mark standing for several calls. The data keeps every call.
    /// </summary>
    /// <exception cref="ArgumentException">No panel, or a row with non-finite times or end before start.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Width below 400 or Height below 160 pixels.</exception>
    public static ChartFigure Timeline(IReadOnlyList<TimelinePanel> panels, ChartOptions? options = null)
    {
        options = (options ?? Defaults).Checked(400, 160);
        var (bins, origins, last) = Prepare(panels, int.MaxValue, r => Events.Select(e => e.Time(r)).Where(double.IsFinite).Max());
        double right = last * 1.25;
        // The caption says what is drawn: Lithops' plots.py timeline.
        var notes = new List<string> { "One row per call in call order, a dot per event: host submit, function start, function done, status fetched, results fetched (Lithops' plots.py colours)." };
        var plots = new List<(Plot, double)>();
        var crowded = new List<(string Panel, string Share)>();
        for (int i = 0; i < panels.Count; i++)
        {
            var calls = bins[i].Sorted;
            var plot = ChartStyle.NewPlot(options.Style, LoneTitle(options, panels.Count, panels[i].Title), i == panels.Count - 1 ? options.XLabel : "", "Function Call");
            var occupied = new List<(double X0, double X1, double Y0, double Y1)>();
            // A Lithops reader takes a row for one call and a dot for one event at its time, so every drawn call keeps its
            // own row and every event its own dot, as Lithops' plots.py draws them: the dots shrink from 4.5 to 1.2 screen
            // pixels (2.7 to 0.72 pt on paper) while rows fit 1.1 dots apart, and past that neighbouring calls' dots overlap
            // (the caption says so). Grouping calls into a row drew several dots of one event in a row (read as several
            // starts, review 24c) or a dash over the group's times (read as a run bar, review 24d); neither is a call.
            // Past MaxMarks calls every stride-th call is drawn, each still at its own row and times.
            int stride = Math.Max(1, (int)Math.Ceiling((double)calls.Length / options.MaxMarks));
            var drawn = stride == 1 ? calls : [.. calls.Where((_, k) => k % stride == 0)];
            double axis = AxisLength(options, panels.Count);
            double pitch = axis / (1.04 * Math.Max(calls.Length, 1));
            float dot = (float)Math.Clamp(pitch / (1.1 * options.Style.MarkScale), 1.2, drawn.Length > 500 ? 3 : 4.5);
            double perDot = 1.1 * options.Style.Mark(dot) * 1.04 * calls.Length / axis;
            if (stride > 1 || perDot > 1)
            {
                crowded.Add((panels[i].Title, stride > 1
                    ? string.Create(CultureInfo.InvariantCulture, $"one call in {stride} of {calls.Length} drawn, about {Math.Ceiling(perDot / stride):0} to a dot's height")
                    : string.Create(CultureInfo.InvariantCulture, $"about {Math.Ceiling(perDot):0} of {calls.Length} calls to a dot's height")));
            }

            // Seconds per dot diameter, and 15% more: the data area is taken as 3/4 of the figure's width (it is more).
            double cluster = 1.15 * options.Style.Mark(dot) * right / (0.75 * options.Style.Width(options.Width));
            foreach (var (name, color, time) in Events)
            {
                var c = ChartStyle.Color(color).WithAlpha(0.8);
                var points = drawn.Where(r => double.IsFinite(time(r))).Select(r => (Y: (double)r.FunctionId, X: time(r) - origins[i])).ToArray();
                ChartMarks.Dots(plot, points.Select(p => p.X), points.Select(p => p.Y), dot, c);
                var ranges = points.Select(p => (p.Y, From: p.X, To: p.X)).ToArray();
                occupied.AddRange(ranges.Select(p => (p.From, Math.Max(p.To, p.From + cluster), p.Y, p.Y)));
                if (i == 0 && ranges.Length > 0)
                {
                    // The swatch is the dot itself (Lithops draws dots), at the plotted size but never below 3 screen pixels:
                    // a 0.84 pt swatch beside 7 pt text was lost.
                    ChartLegend.Marker(plot, name, ChartStyle.Color(color), Math.Max(dot, 3));
                }
            }

            if (!options.Style.IsPaper)
            {
                // Inside, upper right, as Lithops draws it; on paper a legend inside covered a third of a 3.5 in panel's
                // calls, so it joins the strip above the panels like every paper figure's.
                ChartLegend.PlaceInside(plot, Alignment.UpperRight);
            }

            int total = Math.Max(calls.Length, 1);
            plot.Axes.SetLimits(0, right, -0.02 * total, total * 1.02);
            NameInside(plot, options, panels.Count, panels[i].Title, occupied, (0, right, -0.02 * total, total * 1.02));
            if (options.Style.IsPaper)
            {
                RoundTicks(plot, total, IndexPoints(options, panels.Count), options.Style.TickSize);
            }

            plots.Add((plot, options.Height));
        }

        if (crowded.Count > 0)
        {
            // One sentence for every crowded panel, panels of one share named together: the same share once per panel read
            // as seven captions (review 24e).
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Where calls are more than the rows a dot's height holds ({string.Join("; ", crowded.GroupBy(c => c.Share, StringComparer.Ordinal).Select(g => $"{(g.Count() == panels.Count && panels.Count > 1 ? "every panel" : string.Join(", ", g.Select(c => c.Panel)))}: {g.Key}"))}), neighbouring calls' dots overlap, as in Lithops' own plot; each dot is still one call's event at its own time, and the data keeps every call."));
        }

        var data = new FigureData(
            ["panel", "call", .. Events.Select(e => e.Name.Replace(' ', '_') + "_s")],
            [.. bins.SelectMany((b, i) => b.Sorted.Select(r => (IReadOnlyList<string>)[panels[i].Title, r.FunctionId.ToString(CultureInfo.InvariantCulture), .. Events.Select(e => FigureData.Cell(e.Time(r) - origins[i]))]))]);
        return Layout(options, plots, notes).With(data);
    }

    /// <summary>
    /// create_histogram: per call a thin black line from worker start to worker end (func start and end when unknown)
    /// and the "Total Active Calls" in Lithops' bins: numpy.linspace(0, M, M) with M = int(2.5 x last worker end), a call
    /// counted in every bin edge in [start, end); beyond MaxMarks calls, or more rows than 2.5 output pixels each, a grey bar spans several.
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
        // Rows under 2.5 output pixels tall draw each call's extent as a sliver whose antialiased edges streak the area: past
        // that many calls, a row stands for a few consecutive calls, drawn where one of them runs.
        int rowsShown = Math.Max(1, Math.Min(options.MaxMarks, (int)(AxisLength(options, panels.Count) * options.Style.PngScale / 2.5)));
        var (bins, origins, last) = Prepare(worker, rowsShown, r => r.End);
        int seconds = Math.Max(2, (int)(last * 2.5));
        double[] edges = [.. Enumerable.Range(0, seconds).Select(k => k * (double)seconds / (seconds - 1))];
        var plots = new List<(Plot, double)>();
        var rows = new List<IReadOnlyList<string>>();
        for (int i = 0; i < panels.Count; i++)
        {
            var b = bins[i];
            double origin = origins[i];
            var plot = ChartStyle.NewPlot(options.Style, LoneTitle(options, panels.Count, panels[i].Title), i == panels.Count - 1 ? options.XLabel : "", "Function Call");
            // Aggregated calls as in the timelines: drawn where at least one of them runs, not over their envelope. Lines
            // thinner than their gaps at the output's resolution beat against the pixel grid (moire): then each row is as tall
            // as its pitch and a little more, opaque, so the rows join into one filled area without seams.
            bool solid = Solid(options, panels.Count, b.Sorted.Length);
            var line = solid ? ChartStyle.Color(b.Size > 1 ? SolidGrey : SolidDark) : Colors.Black.WithAlpha(b.Size > 1 ? 0.35 : 0.6);
            double thickness = solid ? 1.1 * b.Size : b.Size > 1 ? 0.8 * b.Size : Math.Min(0.4, 0.02 * b.Sorted.Length);
            // An aggregated line as the function timeline's: as thick as the share of its calls active then.
            plot.Add.Bars(b.Bins.Zip(b.Segments).SelectMany(x => x.Second.Select(t => ChartMarks.Span(x.First.FunctionId, t.Start - origin, t.End - origin, thickness * t.Share, line))).ToArray()).Horizontal = true;
            double[] counts = Binned(b.Sorted.Select(r => (r.Start - origin, r.End - origin)), edges);
            rows.AddRange(edges.Select((e, k) => (IReadOnlyList<string>)[panels[i].Title, "bin", FigureData.Cell(e), counts[k].ToString(CultureInfo.InvariantCulture), "", "", ""]));
            // The grey lines' numbers too: each call's worker start and end (function start and end when unknown).
            rows.AddRange(b.Sorted.Select(r => (IReadOnlyList<string>)[panels[i].Title, "call", "", "", r.FunctionId.ToString(CultureInfo.InvariantCulture), FigureData.Cell(r.Start - origin), FigureData.Cell(r.End - origin)]));
            var active = plot.Add.ScatterLine(edges, counts, ChartStyle.Color(ActiveColor));
            active.LineWidth = 1.5f;
            ChartLegend.Line(plot, "Total Active Calls", ChartStyle.Color(ActiveColor));
            if (!options.Style.IsPaper)
            {
                // Inside, upper right, as Lithops draws it; on paper a legend inside covered a third of a 3.5 in panel's
                // calls, so it joins the strip above the panels like every paper figure's.
                ChartLegend.PlaceInside(plot, Alignment.UpperRight);
            }

            int total = Math.Max(b.Sorted.Length, 1);
            // 8% headroom: at 2% a burst whose every call is active at once drew its count along the top frame.
            plot.Axes.SetLimits(0, seconds, -0.02 * total, Math.Max(total, counts.Max()) * 1.08);
            var occupied = b.Bins.Zip(b.Segments).SelectMany(x => x.Second.Select(t => (t.Start - origin, t.End - origin, x.First.FunctionId - (thickness / 2), x.First.FunctionId + (thickness / 2))))
                .Concat(edges.Skip(1).Select((e, k) => (edges[k], e, Math.Min(counts[k], counts[k + 1]), Math.Max(counts[k], counts[k + 1])))).ToList();
            NameInside(plot, options, panels.Count, panels[i].Title, occupied, (0, seconds, -0.02 * total, Math.Max(total, counts.Max()) * 1.08));
            if (options.Style.IsPaper)
            {
                RoundTicks(plot, total, IndexPoints(options, panels.Count), options.Style.TickSize);
            }

            plots.Add((plot, options.Height));
        }

        // The caption says what is drawn: Lithops' plots.py histogram.
        var notes = new List<string> { "Grey lines: each call from worker start to worker end, in call order; blue line: the calls active in each one-second bin, as Lithops' plots.py counts them." };
        var grouped = panels.Zip(bins).Where(p => p.Second.Size > 1).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.First.Title}: {p.Second.Size} of {p.Second.Sorted.Length}")).ToArray();
        if (grouped.Length > 0)
        {
            // Once for all panels: a sentence per panel repeated itself seven times in run's captions.
            notes.Add($"Where calls are denser than a line per row, each grey line stands for consecutive calls ({string.Join("; ", grouped)}), as thick at each time as the share of them active then (in quarters, rounded up); the active count uses every call.");
        }
        return Layout(options, plots, notes).With(new FigureData(["panel", "kind", "bin_s", "active_calls", "call", "worker_start_s", "worker_end_s"], rows));
    }

    // A lone paper panel's title line: none (a centred title above the panel read as a baked-in figure title); its
    // name goes inside instead (NameInside), as several panels carry theirs beside them.
    private static string LoneTitle(ChartOptions options, int panels, string title) => options.Style.IsPaper && panels == 1 ? "" : title;

    // A lone paper panel's name inside its data, in the first corner (upper right, lower right, upper left, lower left)
    // whose box the name needs holds no mark, else beside the panel (never over data): the upper right is usually empty (x runs to 1.25 and 2.5 times the last
    // event), but a long name ("classic (real)", 14 characters, about 60 pt at 3.5 in) reached back over the last calls'
    // dots there. The box is estimated from the name's length at the label size (0.6 em a character) and ScottPlot's
    // offset from the corner, in a data area taken as 3/4 of the figure's width, so it errs on the large side.
    // occupied: the marks' extents in data units; limits: the axes' (left, right, bottom, top).
    private static void NameInside(Plot plot, ChartOptions options, int panels, string title, IReadOnlyList<(double X0, double X1, double Y0, double Y1)> occupied, (double Left, double Right, double Bottom, double Top) limits)
    {
        if (!options.Style.IsPaper || panels != 1 || title.Length == 0)
        {
            return;
        }

        double xPerPoint = (limits.Right - limits.Left) / (0.75 * options.Style.Width(options.Width));
        double yPerPoint = (limits.Top - limits.Bottom) / AxisLength(options, panels);
        // The name's box and ScottPlot's 10-unit offset from the corner, and a dot's radius (2 pt) of clearance round it.
        double w = ((0.6 * options.Style.LabelSize * title.Length) + 10 + 4) * xPerPoint, h = ((1.4 * options.Style.LabelSize) + 10 + 4) * yPerPoint;
        bool Free(bool right, bool upper)
        {
            double x0 = right ? limits.Right - w : limits.Left, x1 = right ? limits.Right : limits.Left + w;
            double y0 = upper ? limits.Top - h : limits.Bottom, y1 = upper ? limits.Top : limits.Bottom + h;
            return !occupied.Any(o => o.X1 >= x0 && o.X0 <= x1 && o.Y1 >= y0 && o.Y0 <= y1);
        }

        Alignment[] free = [.. new[] { (true, true, Alignment.UpperRight), (true, false, Alignment.LowerRight), (false, true, Alignment.UpperLeft), (false, false, Alignment.LowerLeft) }
            .Where(c => Free(c.Item1, c.Item2)).Select(c => c.Item3)];
        if (free.Length == 0)
        {
            // Every corner holds marks (a burst run: submits at 0 and results on every row): the name goes beside the
            // panel's right edge, as several panels carry theirs, never over data (review 24c: "burst:g=6 (real)" covered calls 40-47).
            ChartFacets.NameBeside(plot, options.Style, title, AxisLength(options, panels));
            return;
        }

        var name = plot.Add.Annotation(title, free[0]);
        name.LabelFontSize = options.Style.LabelSize;
        name.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
        name.LabelBorderWidth = 0;
        name.LabelShadowColor = Colors.Transparent;
    }

    // Opaque greys of Lithops' black lines at 35% and 60% on white: overlapping opaque rows show no seam.
    private const string SolidGrey = "#A6A6A6";
    private const string SolidDark = "#666666";

    // Rows finer than 8 output pixels apart (PNG pixels: 300 dpi on paper, about 2 pt) are drawn as one filled area: thin
    // lines with gaps a few pixels wide beat against the pixel grid (the 120-call classic panel at 0.8 pt a row did).
    private static bool Solid(ChartOptions options, int panels, int calls) =>
        AxisLength(options, panels) * options.Style.PngScale / (1.04 * Math.Max(calls, 1)) < 8;

    // The data area's height, figure units: a paper facet less the gaps ChartFacets leaves above (half a tick label and
    // 1.5 pt) and below (a tick label) its data, a lone paper panel as IndexPoints, a screen panel less its axes (60 px).
    private static double AxisLength(ChartOptions options, int panels) =>
        !options.Style.IsPaper ? Math.Max(20, options.Height - 60)
        : panels > 1 ? FacetPoints(options, panels) - ((1.5 * options.Style.TickSize) + 1.5) : IndexPoints(options, panels);

    // Automatic ticks on a short paper panel can leave "0" alone (g=48 of 960 calls): two or three round call indices, as
    // the function timeline's, on every panel. Screen panels are tall enough for their own.
    private static void RoundTicks(Plot plot, int total, double dataPoints, float tickSize)
    {
        double[] ticks = TimelineChart.IndexTicks(0, total, total * 1.04, dataPoints, tickSize);
        plot.Axes.Left.SetTicks(ticks, [.. ticks.Select(t => t.ToString("0", CultureInfo.InvariantCulture))]);
    }

    // Several paper panels are small multiples within a column figure's 4.5 in (ChartFacets.Facets), the bottom one taller
    // by its time axis; one panel, or the screen style, a plain stack.
    private static ChartFigure Layout(ChartOptions options, List<(Plot Plot, double Height)> plots, IEnumerable<string> notes)
    {
        var style = options.Style;
        if (!style.IsPaper || plots.Count == 1)
        {
            return ChartStack.Stack(style, options.Title, options.Width, plots, notes, minPanelPoints: plots.Count == 1 ? null : PaperSizes.PanelFloor(style, plots.Count, 100));
        }

        double each = FacetPoints(options, plots.Count);
        return ChartFacets.Facets(style, options.Width, plots.Select((p, i) => (p.Plot, i == plots.Count - 1 ? each + AxisPoints : each)), notes);
    }

    // Each of several paper panels' height, points.
    private static double FacetPoints(ChartOptions options, int panels) =>
        PaperSizes.FacetHeight(panels, options.Style.Height(options.Height, options.Width, PaperSizes.PanelFloor(options.Style, panels, 100)), AxisPoints + StripPoints);

    // The call axis' length on paper, points: a facet less its 7 pt of gaps, or most of a lone panel.
    private static double IndexPoints(ChartOptions options, int panels) =>
        panels > 1 ? FacetPoints(options, panels) - 7 : 0.6 * options.Style.Height(options.Height, options.Width, 0.66 * options.Style.Width(options.Width));

    // On paper: the bottom panel's time axis (tick labels and label), and the legend strip of up to three rows, points.
    private const double AxisPoints = 24;
    private const double StripPoints = 36;

    /// <summary>Lithops' count per bin edge: a call adds one to every edge e with start &lt;= e &lt; end (numpy.searchsorted, side left, on both ends).</summary>
    internal static double[] Binned(IEnumerable<(double Start, double End)> calls, double[] edges)
    {
        var counts = new double[edges.Length];
        foreach (var (start, end) in calls)
        {
            int a = LowerBound(edges, start);
            int b = LowerBound(edges, end);
            for (int k = a; k < b; k++)
            {
                counts[k]++;
            }
        }

        return counts;
    }

    // The first index whose edge is at least value (numpy.searchsorted, side left).
    private static int LowerBound(double[] edges, double value)
    {
        int i = Array.BinarySearch(edges, value);
        if (i < 0)
        {
            return ~i;
        }

        while (i > 0 && edges[i - 1] == value)
        {
            i--;
        }

        return i;
    }

    /// <summary>Each panel's bins (calls in call order) and origin (host_job_create, else its first submit), and the latest <paramref name="latest"/> of any call (s from its origin).</summary>
    private static (TimelineBins[] Bins, double[] Origins, double Last) Prepare(IReadOnlyList<TimelinePanel> panels, int maxBars, Func<TimelineRow, double> latest)
    {
        ChartStyle.Require(panels.Count > 0, "The Lithops plots need at least one panel.", nameof(panels));
        var bins = panels.Select(p => TimelineBins.Of(p, maxBars)).ToArray();
        var origins = bins.Select(b => b.Sorted.Select(r => r.JobCreate).Where(double.IsFinite).DefaultIfEmpty(b.Sorted.Length == 0 ? 0 : b.Sorted.Min(r => r.Submit)).Min()).ToArray();
        double last = bins.Select((b, i) => b.Sorted.Select(r => latest(r) - origins[i]).DefaultIfEmpty(1).Max()).Append(1e-3).Max();
        return (bins, origins, last);
    }
}
