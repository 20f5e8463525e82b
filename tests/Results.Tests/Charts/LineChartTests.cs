using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

public sealed class LineChartTests
{
    public sealed class Render
    {
        [Fact]
        public void Every_point_is_drawn_and_only_series_with_intervals_get_a_band()
        {
            var svg = LineChart.Render(ChartSamples.Lines(), ChartSamples.LineOptions());

            Assert.Equal(9, SvgInspect.Count(svg, "point"));
            Assert.Equal(3, SvgInspect.Count(svg, "line"));
            Assert.Equal(1, SvgInspect.Count(svg, "band"));
        }

        [Fact]
        public void A_secondary_series_gets_a_right_hand_axis_covering_it()
        {
            var doc = SvgInspect.Parse(LineChart.Render(ChartSamples.Lines(), ChartSamples.LineOptions()));
            var ticks = SvgInspect.Texts(doc, "axis-y2", "tick");

            Assert.NotEmpty(ticks);
            Assert.True(double.Parse(ticks[^1], System.Globalization.CultureInfo.InvariantCulture) >= 40);
            Assert.Contains("containers (right axis)", SvgInspect.Texts(doc, "legend", "legend-label"));
        }

        [Fact]
        public void Points_and_bands_lie_inside_the_plot()
        {
            var svg = LineChart.Render(ChartSamples.Lines(), ChartSamples.LineOptions());
            var frame = SvgInspect.Frames(svg).Single();

            Assert.All(SvgInspect.WithClass(svg, "point"),
                p => Assert.True(SvgInspect.Inside(frame, SvgInspect.Number(p, "cx"), SvgInspect.Number(p, "cy"))));
        }

        [Fact]
        public void A_secondary_series_without_an_axis_label_is_refused()
        {
            var options = ChartSamples.LineOptions() with { SecondaryYLabel = null };

            var error = Assert.Throws<ArgumentException>(() => LineChart.Render(ChartSamples.Lines(), options));
            Assert.Contains("SecondaryYLabel", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void The_same_input_gives_the_same_bytes()
        {
            Assert.Equal(LineChart.Render(ChartSamples.Lines(), ChartSamples.LineOptions()).Text,
                LineChart.Render(ChartSamples.Lines(), ChartSamples.LineOptions()).Text);
        }
    }
}
