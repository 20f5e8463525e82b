using Burstsim.Results.Charts;
using ScottPlot.Plottables;

namespace Burstsim.Results.Tests.Charts;

/// <summary>
/// Defects a reviewer found in the paper figures, each read back from what is drawn: thousands separators on a count
/// axis, unjoined series hiding each other's markers, a caption that did not state the invokers' grey rule.
/// </summary>
public sealed class ReviewFixTests
{
    [Fact]
    public void A_running_count_past_1000_has_no_thousands_separator()
    {
        var figure = TimelineChart.Render([ChartSamples.LargeBurst(1200, 20)], TimelineChart.Defaults with { Style = FigureStyle.Paper(3.5) });
        var texts = SvgText.Texts(figure.ToSvg());
        Assert.DoesNotContain(texts, t => t.Contains(',', StringComparison.Ordinal) && t.Any(char.IsDigit) && t.All(c => char.IsDigit(c) || c == ','));
        Assert.Contains(texts, t => t.Length >= 4 && t.All(char.IsDigit));
    }

    [Fact]
    public void Unjoined_series_have_distinct_hollow_markers_growing_in_size()
    {
        LinePoint[] same = [new(8.84, 0.012), new(9.1, 0.006)];
        var panel = new LinePanel("", [("48 functions", same), ("96 functions", same), ("480 functions", same)], []);
        var figure = LineChart.RenderPanels([panel], ChartSamples.LineOptions() with { Style = FigureStyle.Paper(3.5) }, new LineAxes(LogY: true, Joined: false));
        var scatters = figure.Plots.SelectMany(p => p.GetPlottables()).OfType<Scatter>().ToArray();
        Assert.Equal(3, scatters.Length);
        Assert.Equal(3, scatters.Select(s => s.MarkerShape).Distinct().Count());
        Assert.All(scatters, s => Assert.DoesNotContain("Filled", s.MarkerShape.ToString(), StringComparison.Ordinal));
        // Each later series is larger, so an earlier one at the same place is drawn inside it, and on top.
        // Drawn largest first, so the smallest (the first series) is on top.
        Assert.True(scatters[2].MarkerSize < scatters[1].MarkerSize && scatters[1].MarkerSize < scatters[0].MarkerSize);
    }

    [Fact]
    public void WithColumn_appends_one_cell_per_row_and_refuses_a_wrong_count()
    {
        var panel = new LinePanel("", [("48 functions", [new LinePoint(1, 2), new LinePoint(2, 3)])], []);
        var figure = LineChart.RenderPanels([panel], ChartSamples.LineOptions(), new LineAxes(Joined: false)).WithColumn("g", ["g=1", "g=2"]);
        Assert.Equal("g", figure.Data.Columns[^1]);
        Assert.Equal(["g=1", "g=2"], figure.Data.Rows.Select(r => r[^1]));
        Assert.Throws<ArgumentException>(() => figure.WithColumn("h", ["only one"]));
    }

    [Fact]
    public void The_timeline_caption_states_the_invoker_grey_rule()
    {
        var figure = TimelineChart.Render([ChartSamples.LargeBurst(1200, 20)], TimelineChart.Defaults with { Style = FigureStyle.Paper(3.5) });
        Assert.Contains(figure.Notes, n => n.Contains("k mod 3", StringComparison.Ordinal));
        Assert.Contains(figure.Notes, n => n.Contains("grey of the invoker most of them ran on", StringComparison.Ordinal));
    }

    [Fact]
    public void The_interval_swatch_is_the_bands_tint()
    {
        var panel = new LinePanel("", [("faasbatch", [LinePoint.FromInterval(0.01, Burstsim.Results.Statistics.ConfidenceInterval.Of([5.0, 5.5, 6.0])), LinePoint.FromInterval(0.1, Burstsim.Results.Statistics.ConfidenceInterval.Of([1.2, 1.3, 1.5]))])], []);
        var figure = LineChart.RenderPanels([panel], ChartSamples.LineOptions(), new LineAxes(LogX: true, BandLabel: "95% CI"));
        var band = figure.Plots.SelectMany(p => p.GetPlottables()).OfType<FillY>().Single().FillColor;
        var swatch = figure.Plots.SelectMany(p => p.Legend.ManualItems).Single(i => i.LabelText == "95% CI");
        Assert.Equal(band, swatch.FillColor);
    }

    [Fact]
    public void The_Lithops_histogram_data_holds_each_calls_worker_start_and_end()
    {
        var figure = LithopsCharts.ActiveCalls([ChartSamples.LargeBurst(96, 4)], LithopsCharts.Defaults with { Style = FigureStyle.Paper(3.5) });
        var columns = figure.Data.Columns.ToList();
        var calls = figure.Data.Rows.Where(r => r[columns.IndexOf("kind")] == "call").ToArray();
        Assert.Equal(96, calls.Length);
        Assert.All(calls, r => Assert.True(double.Parse(r[columns.IndexOf("worker_end_s")], System.Globalization.CultureInfo.InvariantCulture) >= double.Parse(r[columns.IndexOf("worker_start_s")], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_invokers_grey_follows_the_number_in_its_name_whatever_its_index()
    {
        // An imported file lists invoker2 first: it keeps invoker2's grey (light), not the first index's (dark).
        var figure = TimelineChart.Render([new TimelinePanel("real", [new TimelineRow(0, 0, 1, 2, 0, "invoker2"), new TimelineRow(1, 0, 1, 2, 1, "invoker0")])]);
        string svg = figure.ToSvg();
        // One bar and one legend swatch each.
        Assert.Equal(2, SvgText.Rects(svg, Palette.ForInvoker(2), translucent: false));
        Assert.Equal(2, SvgText.Rects(svg, Palette.ForInvoker(0), translucent: false));
        Assert.Equal(0, SvgText.Rects(svg, Palette.ForInvoker(1), translucent: false));
    }

    [Fact]
    public void A_lone_paper_Lithops_panel_has_its_name_inside_and_no_title()
    {
        var figure = LithopsCharts.Timeline([ChartSamples.LargeBurst(48, 2) with { Title = "real" }], LithopsCharts.Defaults with { Style = FigureStyle.Paper(3.5) });
        var plot = figure.Plots.Single(p => p.GetPlottables().Any());
        Assert.Equal("", plot.Axes.Title.Label.Text);
        Assert.Contains(plot.GetPlottables().OfType<Annotation>(), a => a.Text == "real");
    }

    [Fact]
    public void Reference_dashes_are_about_as_long_as_the_legend_swatchs()
    {
        var figure = LineChart.Render(ChartSamples.Lines(), ChartSamples.References(), ChartSamples.LineOptions(), logX: true);
        var doc = System.Xml.Linq.XDocument.Parse(figure.ToSvg());
        System.Xml.Linq.XNamespace svg = "http://www.w3.org/2000/svg";
        string reference = Palette.ForSeries(["faasbatch", "classic", "burst"])[1];
        var dashes = doc.Descendants(svg + "path").Where(p => string.Equals((string?)p.Attribute("stroke"), reference, StringComparison.OrdinalIgnoreCase))
            .Select(p => System.Text.RegularExpressions.Regex.Match((string?)p.Attribute("d") ?? "", @"^M([-0-9.e]+) ([-0-9.e]+)L([-0-9.e]+) ([-0-9.e]+)$"))
            .Where(m => m.Success && m.Groups[2].Value == m.Groups[4].Value)
            .Select(m => (From: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), To: double.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(d => d.From)
            .ToArray();
        double[] gaps = [.. dashes.Zip(dashes.Skip(1), (a, b) => b.From - a.To)];
        double[] lengths = [.. dashes.Select(d => d.To - d.From)];
        Assert.True(lengths.Length >= 4, $"{lengths.Length} dashes of the classic reference");
        // The legend's dash: (SymbolWidth 20 - a 3 px gap) / 2 = 8.5 px; 40 dashes on any width drew 4.9 px ones here.
        double median = lengths.Order().ElementAt(lengths.Length / 2);
        Assert.InRange(median, 0.75 * 8.5, 1.25 * 8.5);
        // And the gap about the legend's 3 px.
        Assert.InRange(gaps.Order().ElementAt(gaps.Length / 2), 1.5, 5);
    }
}
