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

            Assert.Contains("Total Active Calls", SvgText.Texts(svg));
            Assert.Equal(6, SvgText.Parse(svg).Descendants().Count(e => e.Name.LocalName == "rect" && (string?)e.Attribute("fill") == "#010101" && (string?)e.Attribute("fill-opacity") != "0.2"));
        }
    }

    public sealed class In_Lithops_style
    {
        [Fact]
        public void Counts_active_calls_in_Lithops_bins_start_inclusive_end_exclusive()
        {
            double[] edges = [0, 1, 2, 3, 4];

            // numpy.searchsorted (side left) on both ends: a call from 0.5 to 2.0 covers edges 1 only; 1.0 to 3.5 covers 1, 2, 3.
            Assert.Equal([0, 2, 1, 1, 0], LithopsCharts.Binned([(0.5, 2.0), (1.0, 3.5)], edges));
        }

        [Fact]
        public void Colours_each_event_as_Lithops_does_function_start_orange()
        {
            string svg = LithopsCharts.Timeline([ChartSamples.ClassicPanel()]).ToSvg();

            // seaborn "deep": host submit blue, function start orange, function done green.
            Assert.Contains("fill=\"#DD8452\"", svg, StringComparison.Ordinal);
            Assert.Contains("fill=\"#4C72B0\"", svg, StringComparison.Ordinal);
            Assert.Contains("fill=\"#55A868\"", svg, StringComparison.Ordinal);
        }

        [Fact]
        public void Runs_x_to_a_quarter_past_the_last_event_as_Lithops_does()
        {
            var panel = ChartSamples.ClassicPanel();
            double last = panel.Rows.Max(r => new[] { r.Submit, r.Start, r.End, r.StatusDone, r.ResultDone }.Where(double.IsFinite).Max() - r.JobCreate);

            var limits = LithopsCharts.Timeline([panel]).Plots[^1].Axes.GetLimits();

            Assert.Equal(0, limits.Left);
            Assert.Equal(last * 1.25, limits.Right, 6);
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
