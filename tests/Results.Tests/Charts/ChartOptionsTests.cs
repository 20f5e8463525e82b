using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

public sealed class ChartOptionsTests
{
    [Theory]
    [InlineData(100, 460)]
    [InlineData(double.NaN, 460)]
    public void A_figure_narrower_than_its_chart_allows_is_refused_naming_Width(double width, double height)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CdfChart.Render(ChartSamples.Cdfs(), CdfChart.Defaults with { Width = width, Height = height }));

        Assert.Equal("Width", e.ParamName);
    }

    [Fact]
    public void Each_chart_keeps_its_own_smallest_size()
    {
        // 450 pixels is wide enough for a timeline (400) but not for the real-vs-simulated overlay (500).
        TimelineChart.Render(ChartSamples.Timeline(), TimelineChart.Defaults with { Width = 450 });

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => OverlayChart.Render([1.0], [2.0], OverlayChart.Defaults with { Width = 450 }));
        Assert.Equal("Width", e.ParamName);
    }

    [Fact]
    public void Fewer_than_two_marks_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BoxplotChart.Render(ChartSamples.GroupedBoxes(), BoxplotChart.Defaults with { MaxMarks = 1 }));
}
