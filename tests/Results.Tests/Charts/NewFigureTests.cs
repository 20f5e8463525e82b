using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

public sealed class NewFigureTests
{
    public sealed class The_Lithops_pair
    {
        [Fact]
        public void The_timeline_marks_the_five_events_Lithops_plots()
        {
            var texts = SvgText.Texts(LithopsCharts.Timeline(ChartSamples.Timeline()).ToSvg());

            Assert.Contains("host submit", texts);
            Assert.Contains("function start", texts);
            Assert.Contains("function done", texts);
            Assert.Contains("status fetched", texts);
            Assert.Contains("results fetched", texts);
        }

        [Fact]
        public void The_histogram_draws_one_grey_line_per_call_and_the_active_count()
        {
            string svg = LithopsCharts.ActiveCalls([ChartSamples.ClassicPanel()]).ToSvg();

            Assert.Contains("total active calls", SvgText.Texts(svg));
            Assert.Equal(6, SvgText.Parse(svg).Descendants().Count(e => e.Name.LocalName == "rect" && (string?)e.Attribute("fill") == "#010101" && (string?)e.Attribute("fill-opacity") != "0.2") - 1);
        }
    }

    public sealed class The_overlay
    {
        [Fact]
        public void Shows_real_and_simulated_with_their_n_in_box_plot_and_CDF()
        {
            var figure = OverlayChart.Render([1.0, 1.5, 2.0], [1.1, 1.4, 2.2, 2.5]);

            var texts = SvgText.Texts(figure.ToSvg());
            Assert.Contains("real (n=3)", texts);
            Assert.Contains("simulated (n=4)", texts);
            Assert.Equal(3, figure.Plots.Count);
            Assert.Equal(1.02, figure.Plots[2].Axes.GetLimits().Top, 6);
        }

        [Fact]
        public void Refuses_an_empty_sample() =>
            Assert.Throws<ArgumentException>(() => OverlayChart.Render([], [1.0]));
    }

    public sealed class The_stacked_bars
    {
        private static readonly ChartOptions Options = new() { Title = "Makespan by phase", YLabel = "makespan (s)" };

        [Fact]
        public void Stack_each_category_to_its_total_and_print_it()
        {
            var figure = StackedBarChart.Render(
                [("classic", "submit", 2), ("classic", "run", 5), ("burst", "submit", 0.5), ("burst", "run", 5)],
                Options);

            var texts = SvgText.Texts(figure.ToSvg());
            Assert.Contains("7", texts);
            Assert.Contains("5.5", texts);
            Assert.Contains("submit", texts);
            Assert.True(figure.Plots[0].Axes.GetLimits().Top > 7);
        }

        [Fact]
        public void Refuse_a_negative_segment() =>
            Assert.Throws<ArgumentException>(() => StackedBarChart.Render([("classic", "run", -1)], Options));
    }
}
