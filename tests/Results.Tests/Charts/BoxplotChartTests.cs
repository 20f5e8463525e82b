using Burstsim.Results.Charts;
using ScottPlot.Plottables;

namespace Burstsim.Results.Tests.Charts;

public sealed class BoxplotChartTests
{
    private static readonly ChartOptions Options = BoxplotChart.Defaults with { Title = "Startup latency by granularity", XLabel = "granularity" };

    [Fact]
    public void A_box_whose_quartiles_coincide_is_drawn_at_its_data_in_its_colour()
    {
        // g=8 / 48 workers holds five equal values: quartiles and median coincide. The box is drawn at its data (no
        // minimum band: it drew a 3 px IQR 18 px tall with the whisker caps inside), a stroke in its colour's box.
        var boxes = BoxplotChart.Render(ChartSamples.GroupedBoxes(), Options, logY: false).Plots[0].GetPlottables().OfType<BoxPlot>().ToArray();

        var collapsed = boxes[2];
        Assert.Equal(1.2, collapsed.Boxes[0].BoxMiddle!.Value, 9);
        Assert.Equal(1.2, collapsed.Boxes[0].BoxMin, 9);
        Assert.Equal(1.2, collapsed.Boxes[0].BoxMax, 9);
        Assert.Equal(ScottPlot.Color.FromHex(Palette.ForSeries(["48 workers", "96 workers"])[0]), collapsed.Boxes[0].FillColor);
    }

    [Fact]
    public void Labels_categories_series_and_axes_in_text()
    {
        var texts = SvgText.Texts(BoxplotChart.Render(ChartSamples.GroupedBoxes(), Options, logY: false).ToSvg());

        Assert.Contains("g=1 (classic)", texts);
        Assert.Contains("g=8", texts);
        Assert.Contains("48 workers", texts);
        Assert.Contains("96 workers", texts);
        Assert.Contains("startup latency (s)", texts);
        Assert.Contains("granularity", texts);
    }

    [Fact]
    public void Draws_at_most_MaxMarks_outliers_and_notes_the_rest()
    {
        // Box "a" (0 to 99.9 in steps of 0.1) has 50 outliers (160 to 405, 5 apart: more than a circle), all on scale beside box "b" whose whisker reaches 400.
        var a = Enumerable.Range(0, 1000).Select(i => i / 10.0).Concat(Enumerable.Range(0, 50).Select(i => 160.0 + (5 * i))).ToArray();
        var b = Enumerable.Range(0, 401).Select(i => (double)i).ToArray();

        var figure = BoxplotChart.Render([("a", "startup", a), ("b", "startup", b)], BoxplotChart.Defaults with { MaxMarks = 10 });

        var note = Assert.Single(figure.Notes, n => n.StartsWith("a startup: ", StringComparison.Ordinal));
        var counted = System.Text.RegularExpressions.Regex.Match(note, @"^a startup: (\d+) of 50 outliers drawn \(every k-th by rank of those apart\)\.$");
        Assert.True(counted.Success, note);
        Assert.InRange(int.Parse(counted.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 5, 10);
    }

    [Fact]
    public void Starts_the_latency_axis_at_zero_with_room_above_the_highest_value()
    {
        var limits = BoxplotChart.Render([("classic", "startup", [1.0, 2, 3, 4, 5, 6])], Options).Plots[0].Axes.GetLimits();

        Assert.True(limits.Bottom <= 0);
        Assert.True(limits.Top > 6);
    }

    [Fact]
    public void Ends_the_axis_above_the_whiskers_when_far_outliers_would_squeeze_the_boxes_and_says_where_they_are()
    {
        // The samples' outliers at 12 and 16 s lie far above every whisker (8.3 s at most).
        var figure = BoxplotChart.Render(ChartSamples.GroupedBoxes(), Options, logY: false);
        var limits = figure.Plots[0].Axes.GetLimits();

        Assert.InRange(limits.Top, 8.3, 11);
        Assert.Contains(figure.Notes, n => n.Contains("g=1 (classic) 96 workers: 1 up to 16", StringComparison.Ordinal));
    }

    [Fact]
    public void One_rule_puts_squeezed_or_decade_spanning_boxes_on_a_log_axis()
    {
        // run paper-startup at one replication: classic's whiskers to 13 s, bursts of g=12-48 at 1.4-2 s.
        IReadOnlyList<double> classic = [2.0, 4, 6, 8, 10, 12, 13], burst = [1.4, 1.5, 1.6, 1.8, 2.0];
        Assert.True(BoxplotChart.LogScale([classic, burst]));
        Assert.True(BoxplotChart.LogScale([[1.0, 2], [15.0, 23]])); // more than a decade
        Assert.False(BoxplotChart.LogScale([[3.0, 4, 5], [4.0, 5, 6]])); // comparable boxes stay linear from zero
        Assert.False(BoxplotChart.LogScale([[0.0, 4, 5], [40.0, 50]])); // a zero cannot go on a log axis
        string svg = BoxplotChart.Render([("classic", "s", classic), ("g=48", "s", burst)], Options).ToSvg();
        Assert.Contains("log scale", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_axis_spans_every_value_and_starts_on_a_labelled_tick()
    {
        // Classic's second wave to 23 s: on a log axis the outlier is drawn, not cut, and the axis starts at 1 s.
        IReadOnlyList<double> classic = [1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 23], burst = [1.4, 1.5, 1.6, 1.8, 2.0];
        var figure = BoxplotChart.Render([("classic", "s", classic), ("g=48", "s", burst)], Options, logY: true);
        var limits = figure.Plots[0].Axes.GetLimits();

        Assert.True(limits.Top >= Math.Log10(23));
        Assert.True(limits.Bottom <= 0);
        Assert.DoesNotContain(figure.Notes, n => n.Contains("axis ends", StringComparison.Ordinal));
    }

    [Fact]
    public void No_boxes_is_refused() => Assert.Throws<ArgumentException>(() => BoxplotChart.Render([]));
}
