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
        public void Labels_a_log_x_axis_with_plain_values_in_one_format()
        {
            var texts = SvgText.Texts(LineChart.Render(ChartSamples.Lines(), ChartSamples.References(), ChartSamples.LineOptions(), logX: true).ToSvg());

            Assert.Contains("0.05", texts);
            Assert.Contains("0.10", texts);
            Assert.Contains("0.20", texts);
            Assert.DoesNotContain("0.1", texts);
        }

        [Fact]
        public void Thins_log_ticks_by_their_spacing_beyond_two_decades_and_keeps_every_point_on_scale()
        {
            IReadOnlyList<LinePoint> points = [new(1, 0.0001, Label: "g=48"), new(2, 0.01, Label: "g=2"), new(3, 0.2, Label: "g=1")];
            // 3.3 decades: on a tall screen panel 1-2-5 ticks stay apart; on a flat paper facet only powers of ten do.
            var figure = LineChart.RenderPanels([new LinePanel("", [("48 functions", points)], [])], ChartSamples.LineOptions(), new LineAxes(LogY: true, Joined: false));
            var texts = SvgText.Texts(figure.ToSvg());
            var limits = figure.Plots[^1].Axes.GetLimits();
            var flat = LineChart.RenderPanels(
                [new LinePanel("a", [("48 functions", points)], []), new LinePanel("b", [("48 functions", points)], []), new LinePanel("c", [("48 functions", points)], [])],
                ChartSamples.LineOptions() with { Style = FigureStyle.Paper(3.5) }, new LineAxes(LogY: true, Joined: false));
            var flatTexts = SvgText.Texts(flat.ToSvg());

            Assert.Contains("0.0010", texts);
            Assert.Contains("0.0020", texts);
            Assert.Contains("0.001", flatTexts);
            Assert.Contains("0.1", flatTexts);
            Assert.DoesNotContain("0.002", flatTexts);
            Assert.Contains("g=48", texts);
            Assert.InRange(Math.Log10(0.0001), limits.Bottom, limits.Top);
            Assert.InRange(Math.Log10(0.2), limits.Bottom, limits.Top);
        }

        [Fact]
        public void Labels_its_bands_with_what_they_are()
        {
            var texts = SvgText.Texts(LineChart.RenderPanels([new LinePanel("", ChartSamples.Lines(), [])], ChartSamples.LineOptions(), new LineAxes(LogX: true, BandLabel: "95% CI (n = 3)")).ToSvg());

            Assert.Contains("95% CI (n = 3)", texts);
        }

        [Fact]
        public void Gives_stacked_panels_one_y_range()
        {
            IReadOnlyList<LinePoint> low = [new(0.1, 1), new(0.2, 2)];
            IReadOnlyList<LinePoint> high = [new(0.1, 10), new(0.2, 30)];
            var figure = LineChart.RenderPanels([new LinePanel("io-bound", [("faasbatch", low)], []), new LinePanel("cpu-bound", [("faasbatch", high)], [])], ChartSamples.LineOptions(), new LineAxes(LogX: true));

            // The last two plots are the panels (a title strip may sit above them).
            Assert.Equal(figure.Plots[^2].Axes.GetLimits().Top, figure.Plots[^1].Axes.GetLimits().Top);
            Assert.Equal(figure.Plots[^2].Axes.GetLimits().Bottom, figure.Plots[^1].Axes.GetLimits().Bottom);
            Assert.True(figure.Plots[^1].Axes.GetLimits().Top >= 30);
        }

        [Fact]
        public void Refuses_a_zero_x_on_a_log_axis()
        {
            IReadOnlyList<LinePoint> points = [new LinePoint(0, 1)];

            Assert.Throws<ArgumentException>(() => LineChart.Render([("faasbatch", points)], [], ChartSamples.LineOptions(), logX: true));
        }
    }
}
