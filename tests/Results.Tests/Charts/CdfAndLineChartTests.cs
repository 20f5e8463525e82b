using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

public sealed class CdfAndLineChartTests
{
    public sealed class A_CDF
    {
        [Fact]
        public void Runs_its_y_axis_to_1_02_so_steps_at_one_stay_visible()
        {
            var limits = CdfChart.Render(ChartSamples.Cdfs()).Plots[0].Axes.GetLimits();

            Assert.Equal(0, limits.Bottom);
            Assert.Equal(1.02, limits.Top, 6);
        }

        [Fact]
        public void Names_every_series_in_its_legend()
        {
            var texts = SvgText.Texts(CdfChart.Render(ChartSamples.Cdfs()).ToSvg());

            Assert.Contains("classic", texts);
            Assert.Contains("burst", texts);
        }
    }

    public sealed class A_line_chart_with_references
    {
        [Fact]
        public void Does_not_let_an_off_scale_reference_set_the_y_range_but_names_it()
        {
            var figure = LineChart.Render(ChartSamples.Lines(), ChartSamples.References(), ChartSamples.LineOptions(), logX: true);

            Assert.True(figure.Plots[0].Axes.GetLimits().Top < 10, "burst's 40 s would flatten the series");
            Assert.Contains("burst (reference: 40, off scale)", SvgText.Texts(figure.ToSvg()));
        }

        [Fact]
        public void Draws_an_on_scale_reference_as_a_horizontal_line_inside_the_range()
        {
            var figure = LineChart.Render(ChartSamples.Lines(), ChartSamples.References(), ChartSamples.LineOptions(), logX: true);

            Assert.True(figure.Plots[0].Axes.GetLimits().Top >= 4.2, "classic's band reaches 4.2");
            Assert.Contains("classic (reference)", SvgText.Texts(figure.ToSvg()));
        }

        [Fact]
        public void Labels_a_log_x_axis_with_plain_values()
        {
            var texts = SvgText.Texts(LineChart.Render(ChartSamples.Lines(), ChartSamples.References(), ChartSamples.LineOptions(), logX: true).ToSvg());

            Assert.Contains("0.05", texts);
            Assert.Contains("0.1", texts);
            Assert.Contains("0.2", texts);
        }

        [Fact]
        public void Refuses_a_zero_x_on_a_log_axis()
        {
            IReadOnlyList<LinePoint> points = [new LinePoint(0, 1)];

            Assert.Throws<ArgumentException>(() => LineChart.Render([("faasbatch", points)], [], ChartSamples.LineOptions(), logX: true));
        }
    }
}
