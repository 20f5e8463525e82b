using Burstsim.Results.Charts;
using Burstsim.Results.Tests.Golden;

namespace Burstsim.Results.Tests.Charts;

/// <summary>
/// One small figure of each kind, its SVG compared byte for byte with tests/Results.Tests/golden
/// (the font is bundled, so the glyph positions are the same on every machine).
/// </summary>
public sealed class GoldenChartTests
{
    [Fact]
    public void Timeline_matches_its_golden_file() =>
        GoldenFile.AssertMatches("timeline.svg", TimelineChart.Render(ChartSamples.Timeline(), TimelineChart.Defaults with { Width = 800, Height = 200 }).ToSvg());

    [Fact]
    public void Boxplot_matches_its_golden_file() =>
        GoldenFile.AssertMatches("boxplot.svg", BoxplotChart.Render(ChartSamples.GroupedBoxes(), BoxplotChart.Defaults with
        {
            Title = "Startup latency by granularity",
            XLabel = "functions per container",
            Width = 600,
            Height = 360,
        }).ToSvg());

    [Fact]
    public void Cdf_matches_its_golden_file() =>
        GoldenFile.AssertMatches("cdf.svg", CdfChart.Render(ChartSamples.Cdfs(), CdfChart.Defaults with { Width = 600, Height = 360 }).ToSvg());

    [Fact]
    public void Line_chart_matches_its_golden_file() =>
        GoldenFile.AssertMatches("line.svg", LineChart.Render(ChartSamples.Lines(), ChartSamples.References(), ChartSamples.LineOptions() with { Width = 640, Height = 360 }, logX: true).ToSvg());

    [Fact]
    public void Lithops_timeline_matches_its_golden_file() =>
        GoldenFile.AssertMatches("lithops-timeline.svg", LithopsCharts.Timeline(ChartSamples.Timeline(), LithopsCharts.Defaults with { Width = 700, Height = 200 }).ToSvg());
}
