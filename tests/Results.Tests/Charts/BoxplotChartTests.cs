using Burstsim.Results.Charts;
using ScottPlot.Plottables;

namespace Burstsim.Results.Tests.Charts;

public sealed class BoxplotChartTests
{
    private static readonly ChartOptions Options = BoxplotChart.Defaults with { Title = "Startup latency by granularity", XLabel = "granularity" };

    [Fact]
    public void A_box_whose_quartiles_coincide_still_shows_its_colour()
    {
        // g=8 / 48 workers holds five equal values: quartiles and median coincide.
        var boxes = BoxplotChart.Render(ChartSamples.GroupedBoxes(), Options).Plots[0].GetPlottables().OfType<BoxPlot>().ToArray();

        var collapsed = boxes[2];
        Assert.Equal(1.2, collapsed.Boxes[0].BoxMiddle!.Value, 9);
        Assert.True(collapsed.Boxes[0].BoxMax - collapsed.Boxes[0].BoxMin > 0.05, "a band of visible height around the median");
        Assert.Equal(ScottPlot.Color.FromHex(Palette.ForSeries(["48 workers", "96 workers"])[0]).WithAlpha(0.8), collapsed.Boxes[0].FillColor);
    }

    [Fact]
    public void Labels_categories_series_and_axes_in_text()
    {
        var texts = SvgText.Texts(BoxplotChart.Render(ChartSamples.GroupedBoxes(), Options).ToSvg());

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
        var values = Enumerable.Range(0, 300).Select(i => 1.0).Concat(Enumerable.Range(0, 50).Select(i => 10.0 + i)).ToArray();

        var figure = BoxplotChart.Render([("classic", "startup", values)], BoxplotChart.Defaults with { MaxMarks = 10 });

        Assert.Contains(figure.Notes, n => n.Contains("10 of 50 outliers", StringComparison.Ordinal));
    }

    [Fact]
    public void Starts_the_latency_axis_at_zero_with_room_above_the_highest_value()
    {
        var limits = BoxplotChart.Render(ChartSamples.GroupedBoxes(), Options).Plots[0].Axes.GetLimits();

        Assert.True(limits.Bottom <= 0);
        Assert.True(limits.Top > 16);
    }

    [Fact]
    public void No_boxes_is_refused() => Assert.Throws<ArgumentException>(() => BoxplotChart.Render([]));
}
