using System.Globalization;

namespace Burstsim.Results.Charts;

/// <summary>
/// The launch timeline (after the burst-computing thesis, Figure 5.1): one panel per policy,
/// stacked on one shared time axis; y is the function index, a dot marks each function's submit
/// time, a bar its run from start to end coloured by invoker, and a black step curve on the
/// right-hand axis counts running functions. Elements carry classes bar, submit, running.
/// </summary>
public static class TimelineChart
{
    private const double PanelTitleHeight = 20;
    private const double PanelFootHeight = Axis.TickLength + 3 + Axis.TickFontSize + 10;
    private const string SubmitColor = "#333333";
    private const string RunningColor = "#000000";

    /// <summary>Lost attempts (invoker crash, lost message, failed start): a grey outside the invoker palette.</summary>
    private const string LostColor = "#9E9E9E";

    public static SvgDocument Render(IReadOnlyList<TimelinePanel> panels, TimelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(panels);
        options ??= new TimelineOptions();
        options.Validate();
        if (panels.Count == 0)
        {
            throw new ArgumentException("A timeline needs at least one panel.", nameof(panels));
        }

        var prepared = panels.Select(p => PreparedTimelinePanel.Prepare(p, options.MaxBarsPerPanel)).ToList();
        var notes = new List<string>();
        foreach (var p in prepared.Where(p => p.Stride > 1))
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{p.Panel.Title}: bars and submit dots for every {TextMetrics.Ordinal(p.Stride)} function ({p.Shown.Count} of {p.Count}); the running count uses all {p.Count}."));
        }

        var filled = prepared.Where(p => p.Count > 0).ToList();
        double tMin = filled.Count == 0 ? 0 : filled.Min(p => p.TimeMin);
        double tMax = filled.Count == 0 ? 1 : filled.Max(p => p.TimeMax);
        int idMin = filled.Count == 0 ? 0 : filled.Min(p => p.IdMin);
        int idMax = filled.Count == 0 ? 1 : filled.Max(p => p.IdMax);
        int peak = Math.Max(1, prepared.Max(p => p.Peak));

        var legend = new List<LegendEntry>
        {
            new("submit", SubmitColor, LegendMarker.Dot),
            new(options.RunningLabel, RunningColor, LegendMarker.Line),
        };
        var invokers = new SortedDictionary<int, string>();
        foreach (var (index, name) in prepared.SelectMany(p => p.Invokers))
        {
            invokers.TryAdd(index, name);
        }

        legend.AddRange(invokers.Select(i => new LegendEntry(i.Value, Palette.ForInvoker(i.Key))));
        if (panels.Any(p => p.Rows.Any(r => r.Lost)))
        {
            legend.Add(new LegendEntry("lost attempt", LostColor));
        }

        double plotHeight = options.PanelHeight - PanelTitleHeight - PanelFootHeight;
        var idScale = NiceScale.Covering(idMin, idMax, Math.Max(2, (int)(plotHeight / 40)), minStep: 1);
        var runScale = NiceScale.Covering(0, peak, Math.Max(2, (int)(plotHeight / 40)), includeZero: true, minStep: 1);
        double left = 8 + Axis.VerticalMargin(idScale);
        double legendWidth = Legend.Width(legend);
        double right = Axis.VerticalMargin(runScale) + 16 + legendWidth + 10;
        double plotWidth = options.Width - left - right;
        if (plotWidth < 100)
        {
            throw new ArgumentException("The timeline is too narrow for its axes and legend; raise Width.", nameof(options));
        }

        // Latencies read best from zero; a run that starts late on the clock keeps its own origin.
        bool includeZero = tMin >= 0 && tMin <= 0.5 * tMax;
        var timeScale = NiceScale.Covering(tMin, tMax, Axis.TicksFor(plotWidth), includeZero);

        double xLabelHeight = Axis.LabelFontSize + 12;
        double height = ChartTitle.Height + (panels.Count * options.PanelHeight) + xLabelHeight + ChartTitle.NotesHeight(notes);
        var svg = new SvgWriter(options.Width, height);
        ChartTitle.Draw(svg, options.Title);
        for (int i = 0; i < prepared.Count; i++)
        {
            double top = ChartTitle.Height + (i * options.PanelHeight) + PanelTitleHeight;
            var area = new PlotArea(left, top, plotWidth, plotHeight);
            bool lastPanel = i == prepared.Count - 1;
            DrawPanel(svg, prepared[i], area, timeScale, idScale, runScale, options, lastPanel ? options.TimeLabel : null);
        }

        Legend.Draw(svg, options.Width - 10 - legendWidth, ChartTitle.Height + PanelTitleHeight, legend,
            (panels.Count * options.PanelHeight) - PanelTitleHeight);
        ChartTitle.DrawNotes(svg, notes);
        return svg.Build();
    }

    private static void DrawPanel(SvgWriter svg, PreparedTimelinePanel panel, PlotArea area, NiceScale time, NiceScale ids,
        NiceScale running, TimelineOptions options, string? timeLabel)
    {
        svg.Text(area.Left, area.Top - 6, TextMetrics.Fit(panel.Panel.Title, 13, area.Width), 13, bold: true, cssClass: "panel-title");
        double pixelsPerFunction = area.Height / Math.Max(1, ids.Max - ids.Min + 1);
        double barHeight = Math.Clamp(pixelsPerFunction * 0.8 * panel.Stride, 0.6, 8);
        // Functions map into an inset of the plot so the first and last bars are not cut by the frame.
        double inset = (barHeight / 2) + 1;
        var inner = area with { Top = area.Top + inset, Height = area.Height - (2 * inset) };

        Axis.Grid(svg, area, time, null);
        Axis.Grid(svg, inner, null, ids);
        if (panel.Count == 0)
        {
            svg.Text(area.Left + (area.Width / 2), area.Top + (area.Height / 2), "no functions", 12, TextAnchor.Middle, cssClass: "empty");
        }

        svg.BeginGroup("bars");
        foreach (var row in panel.Shown)
        {
            double x0 = area.X(time, row.Start);
            double width = Math.Max(0.5, area.X(time, row.End) - x0);
            svg.Rect(x0, inner.Y(ids, row.FunctionId) - (barHeight / 2), width, barHeight, row.Lost ? LostColor : Palette.ForInvoker(row.InvokerIndex), row.Lost ? "bar lost" : "bar");
        }

        svg.EndGroup();
        svg.BeginGroup("submits");
        double radius = Math.Clamp(barHeight * 0.45, 0.7, 2.5);
        foreach (var row in panel.Shown)
        {
            svg.Circle(area.X(time, row.Submit), inner.Y(ids, row.FunctionId), radius, SubmitColor, "submit");
        }

        svg.EndGroup();
        svg.Path(StepCurve.ToPath(panel.Running, area, time, running), RunningColor, 1.5, cssClass: "running");
        Axis.Frame(svg, area);
        Axis.Bottom(svg, area, time, timeLabel);
        Axis.Left(svg, inner, ids, options.FunctionLabel);
        Axis.Right(svg, area, running, options.RunningLabel, RunningColor);
    }
}
