using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Burstsim.Results.Charts;
using Burstsim.Results.Statistics;

namespace Burstsim.Results.Tests.Charts;

/// <summary>
/// Where the marks land, read back from the SVG as drawn: Lithops timeline dots are one per call and event, on the call's own row at its own times,
/// the Lithops histogram's call rows leave no gaps to beat against the pixel grid, the Lithops legend shows dots for dots,
/// box plot outliers sit at the box's centre apart from each other and from the caps, every outlier is a row of the data, and the
/// FaaSBatch panels sit side by side at 7 in with their names in a strip of their text's height and the reference lines named.
/// </summary>
public sealed partial class MarkGeometryTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] EventColors = ["#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3"];

    [Theory]
    [InlineData(960, 7, 3.5)]
    [InlineData(960, 1, 3.5)]
    [InlineData(480, 3, 7.0)]
    [InlineData(120, 2, 3.5)]
    [InlineData(48, 7, 3.5)]
    public void Lithops_timeline_draws_one_dot_per_call_and_event_on_the_calls_own_row(int calls, int panels, double inches)
    {
        // A row reads as one call and a dot as one event at its time (reviews 24c and 24d): no dash over several calls'
        // times, no row holding several calls' dots; at many calls the rows are thinner than a dot and neighbours overlap.
        var figure = LithopsCharts.Timeline(Panels(calls, panels), LithopsCharts.Defaults with { Style = FigureStyle.Paper(inches) });
        string svg = figure.ToSvg();
        Assert.DoesNotContain(Rects(svg), r => r.Fill is not null && EventColors.Contains(r.Fill, StringComparer.OrdinalIgnoreCase));
        var plotted = Ellipses(svg).Where(e => e.Fill is not null && e.Translucent).ToArray();
        foreach (string colour in EventColors)
        {
            var dots = plotted.Where(d => string.Equals(d.Fill, colour, StringComparison.OrdinalIgnoreCase)).ToArray();
            Assert.Equal(calls * panels, dots.Length);
            // Within a panel, the calls' rows are distinct and evenly spaced: one row per call.
            foreach (var panel in dots.Chunk(calls))
            {
                double[] rows = [.. panel.Select(d => Math.Round(d.Cy, 3)).Distinct().Order()];
                Assert.Equal(calls, rows.Length);
            }
        }
    }

    [Theory]
    [InlineData(480, 1, 3.5)]
    [InlineData(960, 1, 3.5)]
    [InlineData(960, 1, 7.0)]
    public void Lithops_timeline_dots_sit_at_every_calls_own_times(int calls, int panels, double inches)
    {
        // Classic's second wave: every 6th call starts after 15 s and has its results up to 29 s.
        TimelineRow Row(int i)
        {
            double start = i % 6 == 0 ? 15 + (i % 7) : 1 + (i % 13 * 0.1), end = start + 0.5 + (i % 5 * 0.1);
            return new TimelineRow(i, i * 0.002, start, end, i % 3, "invoker" + (i % 3).ToString(CultureInfo.InvariantCulture), JobCreate: 0, StatusDone: end + 0.3, ResultDone: end + 0.4 + (i % 4));
        }

        var panel = new TimelinePanel("classic", [.. Enumerable.Range(0, calls).Select(Row)]);
        var figure = LithopsCharts.Timeline(Enumerable.Repeat(panel, panels).ToArray(), LithopsCharts.Defaults with { Style = FigureStyle.Paper(inches) });
        var columns = figure.Data.Columns.ToList();
        string[] events = ["host_submit_s", "function_start_s", "function_done_s", "status_fetched_s", "results_fetched_s"];
        var plotted = Ellipses(figure.ToSvg()).Where(e => e.Fill is not null && e.Translucent).ToArray();
        double[] Xs(int k) => [.. plotted.Where(d => string.Equals(d.Fill, EventColors[k], StringComparison.OrdinalIgnoreCase)).Select(d => d.Cx).Order()];
        double[] Times(int k) => [.. figure.Data.Rows.Select(r => Parse(r[columns.IndexOf(events[k])])).Order()];
        // The x scale from the two events' earliest times; then every event's dots, sorted, are its times, sorted.
        double x0 = Xs(0)[0], t0 = Times(0)[0];
        double scale = (Xs(1)[0] - x0) / (Times(1)[0] - t0);
        for (int k = 0; k < events.Length; k++)
        {
            double[] xs = Xs(k), times = Times(k);
            Assert.Equal(times.Length, xs.Length);
            for (int j = 0; j < xs.Length; j++)
            {
                double expected = x0 + ((times[j] - t0) * scale);
                Assert.True(Math.Abs(xs[j] - expected) < 0.05, $"{events[k]}: dot {j} at x {xs[j]:0.###}, its time at {expected:0.###}");
            }
        }
    }

    [Fact]
    public void Lithops_timeline_legend_shows_dots_not_rectangles()
    {
        // 20 calls: a row each, so every mark is a dot.
        var figure = LithopsCharts.Timeline(Panels(20, 2), LithopsCharts.Defaults with { Style = FigureStyle.Paper(3.5) });
        string svg = figure.ToSvg();
        var legendTop = Texts(svg).Single(t => t.Text == "host submit").Y;
        foreach (string colour in EventColors)
        {
            Assert.Equal(0, SvgText.Rects(svg, colour, translucent: false) + SvgText.Rects(svg, colour, translucent: true));
            // The swatch is a dot of the event's colour on the legend's lines (above the panels), as large as the plotted
            // ones, but not below 3 screen pixels (0.9 pt radius on paper) beside 7 pt text.
            var swatch = Ellipses(svg).Where(e => string.Equals(e.Fill, colour, StringComparison.OrdinalIgnoreCase) && e.Cy < legendTop + 20 && !e.Translucent).ToArray();
            Assert.Single(swatch);
            var plotted = Ellipses(svg).First(e => string.Equals(e.Fill, colour, StringComparison.OrdinalIgnoreCase) && e.Translucent);
            Assert.Equal(Math.Max(plotted.R, 0.9), swatch[0].R, 2);
        }
    }

    [Theory]
    [InlineData(960, 1)]
    [InlineData(960, 7)]
    [InlineData(120, 2)]
    public void Lithops_histogram_rows_leave_no_gaps_on_paper(int calls, int panels)
    {
        var figure = LithopsCharts.ActiveCalls(Panels(calls, panels), LithopsCharts.Defaults with { Style = FigureStyle.Paper(3.5) });
        var rows = Rects(figure.ToSvg()).Where(r => r.Fill is "#A6A6A6" or "#666666" or "#666" or "#010101" or "#000000" && r.Height < 20).ToArray();
        Assert.NotEmpty(rows);
        // Rows of one panel: a row's top within the previous row's height (panels are far more than a row apart).
        // A row of aggregated calls is a density (thinner where fewer of them are active), centred on the row: each row's
        // thickest piece (all its calls active) must meet the next row's.
        var tops = rows.GroupBy(r => Math.Round(r.Y + (r.Height / 2), 3)).Select(g => (Top: g.Key - (g.Max(r => r.Height) / 2), Height: g.Max(r => r.Height))).OrderBy(t => t.Top).ToArray();
        double pitch = tops.Zip(tops.Skip(1), (a, b) => b.Top - a.Top).Where(d => d < 5).DefaultIfEmpty(double.NaN).Min();
        Assert.True(double.IsFinite(pitch), "no neighbouring rows found");
        foreach (var (a, b) in tops.Zip(tops.Skip(1)).Where(p => p.Second.Top - p.First.Top < 5 * pitch))
        {
            Assert.True(b.Top <= a.Top + a.Height + 1e-6, $"a gap of {b.Top - (a.Top + a.Height):0.####} between rows at {a.Top:0.###} and {b.Top:0.###}");
        }
    }

    [Fact]
    public void A_lone_paper_Lithops_panel_names_itself_in_a_corner_clear_of_its_dots()
    {
        // Classic's staircase (review 24, an imported run): call i starts at 0.1 i s and results arrive 5 s later, so the
        // last calls' dots reach the upper right, where the 14-character "classic (real)" was drawn over them.
        var rows = Enumerable.Range(0, 120).Select(i => new TimelineRow(i, 0, 1 + (0.12 * i), 6 + (0.12 * i), i % 3, "invoker" + (i % 3))
        {
            JobCreate = 0, WorkerStart = 0.9 + (0.12 * i), WorkerEnd = 6.05 + (0.12 * i), StatusDone = 6.6 + (0.12 * i), ResultDone = 7 + (0.12 * i),
        }).ToArray();
        var figure = LithopsCharts.Timeline([new TimelinePanel("classic (real)", rows)], LithopsCharts.Defaults with { Style = FigureStyle.Paper(3.5) });
        string svg = figure.ToSvg();
        var name = Assert.Single(Texts(svg), t => t.Text == "classic (real)");
        // The text's box: from its x, 0.6 em a character wide, from its baseline up one em (8 pt labels).
        double x0 = name.X, x1 = name.X + (0.6 * 8 * name.Text.Length), y0 = name.Y - 8, y1 = name.Y + 2;
        var dots = Ellipses(svg).Where(e => e.Fill is not null).ToArray();
        Assert.NotEmpty(dots);
        Assert.All(dots, d => Assert.False(d.Cx + d.R > x0 && d.Cx - d.R < x1 && d.Cy + d.R > y0 && d.Cy - d.R < y1, $"a dot at ({d.Cx:0.#}, {d.Cy:0.#}) under the name at ({x0:0.#}-{x1:0.#}, {y0:0.#}-{y1:0.#})"));
    }

    [Fact]
    public void Outliers_sit_at_the_box_centre_never_overlapping_each_other_or_the_cap()
    {
        // "one": a lone outlier far above; "many": 15 spread above and 60 in a tight clump (the g=48 blob of the review)
        // starting a hair above the whisker (the Monte Carlo case: 21.406 over a 21.383 cap).
        double[] single = [.. Enumerable.Range(0, 20).Select(i => 5 + (i * 0.05)), 30];
        double[] many = [.. Enumerable.Range(0, 100).Select(i => 5 + (i * 0.01)), 5.995, .. Enumerable.Range(0, 60).Select(i => 6.03 + (i * 0.0005)), .. Enumerable.Range(0, 15).Select(i => 12 + i)];
        var figure = BoxplotChart.Render([("one", "", single), ("many", "", many)], BoxplotChart.Defaults with { Style = FigureStyle.Paper(3.5) }, logY: true);
        string svg = figure.ToSvg();
        var strokes = Paths(svg).Where(p => p.Stroke == "#222").ToArray();
        double[] centres = [.. strokes.Where(p => Math.Abs(p.X1 - p.X2) < 1e-6).Select(p => Math.Round(p.X1, 3)).Distinct()];
        Assert.Equal(2, centres.Length);
        var outliers = Ellipses(svg).Where(e => e.Fill is not null).ToArray();
        foreach (double centre in centres)
        {
            var mine = outliers.Where(o => Math.Abs(o.Cx - centre) < 1).OrderBy(o => o.Cy).ToArray();
            Assert.NotEmpty(mine);
            Assert.All(mine, o => Assert.Equal(centre, o.Cx, 2));
            // Apart: the next circle's centre at least a diameter below (touching at most).
            Assert.All(mine.Zip(mine.Skip(1)), p => Assert.True(p.Second.Cy - p.First.Cy >= (2 * p.First.R) - 1e-6, $"outliers at y {p.First.Cy:0.###} and {p.Second.Cy:0.###} overlap (r {p.First.R})"));
            // Clear of the whisker caps: the shortest horizontal #222 strokes centred on the box.
            var centred = strokes.Where(p => Math.Abs(p.Y1 - p.Y2) < 1e-6 && Math.Abs(((p.X1 + p.X2) / 2) - centre) < 0.01).ToArray();
            double capWidth = centred.Min(p => Math.Abs(p.X2 - p.X1));
            double[] caps = [.. centred.Where(p => Math.Abs(p.X2 - p.X1) < capWidth + 0.01).Select(p => p.Y1)];
            Assert.NotEmpty(caps);
            Assert.All(mine, o => Assert.All(caps, c => Assert.True(Math.Abs(o.Cy - c) >= o.R - 1e-6, $"an outlier at y {o.Cy:0.###} (r {o.R}) lies on the cap at {c:0.###}")));
        }

        // The clump is drawn as a few circles, and the caption counts the rest.
        Assert.Contains(figure.Notes, n => n.Contains("many : ", StringComparison.Ordinal) && n.Contains("outliers drawn (the others each within a circle of a drawn one)", StringComparison.Ordinal));
    }

    [Fact]
    public void Outliers_are_opaque_rings_drawn_under_their_whisker_cap()
    {
        // The thesis Monte Carlo case: one outlier (21.406) a hair above its cap (21.383).
        double[] values = [.. Enumerable.Range(0, 40).Select(i => 20 + (i * 0.01)), 20.9, 21.383, 21.406];
        var figure = BoxplotChart.Render([("classic", "", values)], BoxplotChart.Defaults with { Style = FigureStyle.Paper(3.5) }, logY: false);
        var doc = XDocument.Parse(figure.ToSvg());
        var elements = doc.Descendants().Where(e => e.Name == Svg + "ellipse" || e.Name == Svg + "path").ToList();
        var rings = elements.Where(e => e.Name == Svg + "ellipse" && ((string?)e.Attribute("fill") is null or "none")).ToArray();
        Assert.NotEmpty(rings);
        // Opaque strokes: no opacity below 1 on the ring.
        Assert.All(rings, r => Assert.True(r.Attribute("stroke-opacity") is null && r.Attribute("opacity") is null, $"a translucent outlier: {r}"));
        // The whisker cap (a short horizontal #222 stroke) comes after the last ring in drawing order: it stays on top.
        int lastRing = elements.IndexOf(rings[^1]);
        var caps = elements.Select((e, i) => (e, i)).Where(x => x.e.Name == Svg + "path" && (string?)x.e.Attribute("stroke") == "#222"
            && Line().Match((string?)x.e.Attribute("d") ?? "") is { Success: true } m && Parse(m.Groups[2].Value) == Parse(m.Groups[4].Value)).ToArray();
        Assert.Contains(caps, c => c.i > lastRing);
    }

    [Fact]
    public void A_tight_box_is_drawn_at_its_quartiles_with_the_caps_at_or_beyond_its_edges()
    {
        // single-invoker-30: burst's IQR 1.4475-1.475 s beside classic's 5-20 s, about 3 px at 300 dpi.
        double[] tight = [1.40, 1.44, 1.4475, 1.45, 1.46, 1.47, 1.475, 1.48, 1.52];
        double[] wide = [.. Enumerable.Range(0, 30).Select(i => 5 + (i * 0.5))];
        var figure = BoxplotChart.Render([("burst", "", tight), ("classic", "", wide)], BoxplotChart.Defaults with { Style = FigureStyle.Paper(3.5) }, logY: false);
        string svg = figure.ToSvg();
        var strokes = Paths(svg).Where(p => p.Stroke == "#222").ToArray();
        var centre = strokes.Where(p => Math.Abs(p.X1 - p.X2) < 1e-6).Select(p => p.X1).Min();
        var box = Rects(svg).Where(r => r.X < centre && r.X + r.Width > centre && r.Fill is not null && r.Fill != "#FFFFFF" && r.Height < 100).OrderBy(r => r.Width).First();
        var caps = strokes.Where(p => Math.Abs(p.Y1 - p.Y2) < 1e-6 && Math.Abs(((p.X1 + p.X2) / 2) - centre) < 0.01 && Math.Abs(p.X2 - p.X1) < 0.9 * box.Width).Select(p => p.Y1).ToArray();
        Assert.NotEmpty(caps);
        Assert.True(caps.Min() <= box.Y + 0.01, $"the upper cap at {caps.Min():0.##} is inside the box {box.Y:0.##}-{box.Y + box.Height:0.##}");
        Assert.True(caps.Max() >= box.Y + box.Height - 0.01, $"the lower cap at {caps.Max():0.##} is inside the box {box.Y:0.##}-{box.Y + box.Height:0.##}");
        // The box is its data's height: the IQR (0.0275 s) over the whisker span (1.40-1.52 s, 0.12 s), within a point.
        double whiskerSpan = caps.Max() - caps.Min();
        Assert.InRange(box.Height, (whiskerSpan * 0.0275 / 0.12) - 1, (whiskerSpan * 0.0275 / 0.12) + 1);
    }

    [Fact]
    public void Every_outlier_value_is_a_row_of_the_box_plot_data()
    {
        double[] values = [.. Enumerable.Range(0, 200).Select(i => 5 + (i * 0.001)), .. Enumerable.Range(0, 45).Select(i => 20 + i)];
        var figure = BoxplotChart.Render([("classic", "", values)], BoxplotChart.Defaults with { Style = FigureStyle.Paper(3.5) }, logY: true);
        var rows = figure.Data.Rows;
        int kind = figure.Data.Columns.ToList().IndexOf("kind"), value = figure.Data.Columns.ToList().IndexOf("value"), drawn = figure.Data.Columns.ToList().IndexOf("drawn");
        var outliers = rows.Where(r => r[kind] == "outlier").ToArray();
        var expected = BoxplotStats.FromValues(values).Outliers;
        Assert.Equal(expected.Select(v => v.ToString("R", CultureInfo.InvariantCulture)), outliers.Select(r => r[value]));
        // On paper at most 40 are drawn: the data says which.
        int shown = outliers.Count(r => r[drawn] == "1");
        Assert.Equal(45, outliers.Length);
        Assert.InRange(shown, 1, 40);
        Assert.Equal(shown, Ellipses(figure.ToSvg()).Count(e => e.Fill is null));
        Assert.Contains(figure.Notes, n => n.Contains("kind outlier", StringComparison.Ordinal));
    }

    [Fact]
    public void Sensitivity_panels_sit_side_by_side_at_7_in_with_named_reference_lines()
    {
        LinePanel Panel(string name) => new(name, [("faasbatch", [LinePoint.FromInterval(0.01, ConfidenceInterval.Of([5.0, 5.5, 6.0])), LinePoint.FromInterval(0.1, ConfidenceInterval.Of([1.2, 1.3, 1.5]))])],
            [("classic", 5.2, 5.0, 5.4), ("burst", 23.1, 22.5, 23.6)]);
        var options = new ChartOptions { Title = "t", XLabel = "FaaSBatch dispatch interval (s, log scale)", YLabel = "mean startup (s, log)", Width = 800, Height = 360, Style = FigureStyle.Paper(7) };
        var figure = LineChart.RenderPanels([Panel("io-bound"), Panel("cpu-bound")], options, new LineAxes(LogX: true, LogY: true));
        var texts = Texts(figure.ToSvg()).ToArray();
        var io = texts.Single(t => t.Text == "io-bound");
        var cpu = texts.Single(t => t.Text == "cpu-bound");
        Assert.Equal(io.Y, cpu.Y, 1);
        Assert.True(cpu.X > figure.Width / 2.0 && io.X < figure.Width / 2.0, "the panels are not side by side");
        // The figure is about as tall as one panel, not two stacked: at most 0.6 of its width.
        Assert.True(figure.Height <= 0.6 * figure.Width, $"{figure.Width} x {figure.Height}: stacked?");
        // The name's line is its text's height: the nearest other text below it (a tick label) starts within 2 label heights.
        Assert.Contains(texts, t => t.Text == "burst 23.1");
        Assert.Contains(texts, t => t.Text == "classic 5.2");
        // A tick above the burst line: 50 on the 1-2-5 log axis.
        Assert.Contains(texts, t => t.Text == "50");
        Assert.Single(texts, t => t.Text == options.XLabel);
        var tickTop = texts.Where(t => t.Text == "50").Min(t => t.Y);
        Assert.True(tickTop - io.Y < 3 * FigureStyle.Paper(7).LabelSize, $"the panel name at y {io.Y} sits a whole line above the data (top tick at {tickTop})");
    }

    private static TimelinePanel[] Panels(int calls, int count) =>
        [.. Enumerable.Range(0, count).Select(i => ChartSamples.LargeBurst(calls, 20) with { Title = "panel " + i.ToString(CultureInfo.InvariantCulture) })];

    private static IEnumerable<(string? Fill, bool Translucent, double Cx, double Cy, double R)> Ellipses(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "ellipse").Select(e =>
        {
            string? fill = (string?)e.Attribute("fill");
            return (fill is null or "none" ? null : fill, e.Attribute("fill-opacity") is not null, Number(e, "cx"), Number(e, "cy"), Number(e, "rx"));
        });

    private static IEnumerable<(string? Fill, double X, double Y, double Width, double Height)> Rects(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "rect").Select(r => (((string?)r.Attribute("fill"))?.ToUpperInvariant(), Number(r, "x"), Number(r, "y"), Number(r, "width"), Number(r, "height")));

    private static IEnumerable<(string? Stroke, double X1, double Y1, double X2, double Y2)> Paths(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "path").Select(p => (Stroke: (string?)p.Attribute("stroke"), M: Line().Match((string?)p.Attribute("d") ?? "")))
            .Where(p => p.M.Success)
            .Select(p => (p.Stroke, Parse(p.M.Groups[1].Value), Parse(p.M.Groups[2].Value), Parse(p.M.Groups[3].Value), Parse(p.M.Groups[4].Value)));

    private static IEnumerable<(string Text, double X, double Y)> Texts(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "text").Select(t => (t.Value.Trim(), First(t, "x") + Translate(t).X, First(t, "y") + Translate(t).Y));

    private static (double X, double Y) Translate(XElement text)
    {
        var m = TranslateRegex().Match((string?)text.Attribute("transform") ?? "");
        return m.Success ? (Parse(m.Groups[1].Value), Parse(m.Groups[2].Value)) : (0, 0);
    }

    private static double First(XElement e, string name) => Parse(((string?)e.Attribute(name) ?? "0").Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);

    private static double Number(XElement e, string name) => e.Attribute(name) is { } a ? Parse((string)a) : 0;

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^M([-0-9.e]+) ([-0-9.e]+)L([-0-9.e]+) ([-0-9.e]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Line();

    [GeneratedRegex(@"translate\(([-0-9.e]+)[ ,]+([-0-9.e]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex TranslateRegex();
}
