using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

public sealed class CdfChartTests
{
    public sealed class Render
    {
        [Fact]
        public void Each_series_is_one_step_line_with_a_legend_entry()
        {
            var doc = SvgInspect.Parse(CdfChart.Render(ChartSamples.Cdfs()));

            Assert.Equal(2, doc.Descendants().Count(e => SvgInspect.HasClass(e, "cdf")));
            Assert.Equal(["classic", "burst"], SvgInspect.Texts(doc, "legend", "legend-label"));
        }

        [Fact]
        public void A_step_line_has_one_rise_per_distinct_value()
        {
            var svg = CdfChart.Render([CdfSeries.FromValues("classic", [1.0, 2.0, 2.0, 3.5, 5.0])]);
            string d = (string)SvgInspect.WithClass(svg, "cdf").Single().Attribute("d")!;

            Assert.Equal(4, d.Split(' ').Count(part => part.StartsWith('V')));
        }

        [Fact]
        public void The_x_axis_covers_the_largest_value()
        {
            var doc = SvgInspect.Parse(CdfChart.Render(ChartSamples.Cdfs()));
            var ticks = SvgInspect.Texts(doc, "axis-x", "tick");

            Assert.True(double.Parse(ticks[^1], System.Globalization.CultureInfo.InvariantCulture) >= 5.0);
        }

        [Fact]
        public void The_same_input_gives_the_same_bytes()
        {
            Assert.Equal(CdfChart.Render(ChartSamples.Cdfs()).Text, CdfChart.Render(ChartSamples.Cdfs()).Text);
        }
    }
}
