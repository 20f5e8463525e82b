using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

public sealed class TimelineChartTests
{
    public sealed class A_small_timeline
    {
        private readonly string _svg = TimelineChart.Render(ChartSamples.Timeline()).ToSvg();

        [Fact]
        public void Draws_one_run_bar_per_function_in_its_invoker_grey_and_one_setup_bar_in_the_legend_swatch_colour()
        {
            string[] colors = [.. Enumerable.Range(0, 3).Select(Palette.ForInvoker)];

            // classic: two functions on each of three invokers; burst: three on invoker0, one on invoker1;
            // and one legend patch per invoker (three invokers, three greys).
            Assert.Equal(2 + 3 + 1, SvgText.Rects(_svg, colors[0], translucent: false));
            Assert.Equal(2 + 1 + 1, SvgText.Rects(_svg, colors[1], translucent: false));
            Assert.Equal(2 + 1, SvgText.Rects(_svg, colors[2], translucent: false));

            // Ten setup bars and the legend swatch, all in the one setup tint.
            Assert.Equal(10 + 1, SvgText.Rects(_svg, Palette.Setup, translucent: false));
        }

        [Fact]
        public void Keeps_an_invokers_grey_when_the_figure_shows_other_invokers()
        {
            var alone = TimelineChart.Render([new TimelinePanel("burst", [new TimelineRow(0, 0, 1, 2, 2, "invoker2")])]).ToSvg();

            Assert.Equal(1 + 1, SvgText.Rects(alone, Palette.ForInvoker(2), translucent: false));
        }

        [Fact]
        public void Names_the_policies_invokers_submit_and_start_up_in_text()
        {
            var texts = SvgText.Texts(_svg);

            Assert.Contains("Function timeline", texts);
            Assert.Contains("classic", texts);
            Assert.Contains("burst", texts);
            Assert.Contains("submit", texts);
            Assert.Contains("worker setup", texts);
            Assert.Contains("invoker2", texts);
            Assert.Contains("running functions", texts);
            Assert.Contains("time (s)", texts);
        }

        [Fact]
        public void Gives_the_running_count_its_own_panel_with_headroom_above_the_peak()
        {
            var running = TimelineChart.Render(ChartSamples.Timeline()).Plots[^1];

            // classic peaks at 6 running functions (all overlap between 4.0 s and 6.2 s).
            Assert.True(running.Axes.GetLimits().Top >= 6 * 1.1, $"top {running.Axes.GetLimits().Top}");
            Assert.Equal(0, running.Axes.GetLimits().Bottom);
        }

        [Fact]
        public void Shares_one_time_axis_across_panels()
        {
            var plots = TimelineChart.Render(ChartSamples.Timeline()).Plots.Skip(1).ToArray();

            Assert.All(plots, p => Assert.Equal(plots[0].Axes.GetLimits().Left, p.Axes.GetLimits().Left));
            Assert.All(plots, p => Assert.Equal(plots[0].Axes.GetLimits().Right, p.Axes.GetLimits().Right));
        }
    }

    public sealed class A_large_timeline
    {
        [Fact]
        public void Aggregates_consecutive_functions_into_at_most_MaxMarks_bars_and_says_so()
        {
            var figure = TimelineChart.Render([ChartSamples.LargeBurst(20_000, 4)], TimelineChart.Defaults with { MaxMarks = 100 });

            // 100 rows of 200 functions, each a density of a few pieces (so more bars than rows, and at least one per row).
            Assert.Equal(100, TimelineBins.Of(ChartSamples.LargeBurst(20_000, 4), 100).Bins.Length);
            string svg = figure.ToSvg();
            int bars = Enumerable.Range(0, 3).Select(Palette.ForInvoker).Sum(c => SvgText.Rects(svg, c, translucent: false));
            Assert.True(bars >= 100 + 3, $"{bars} bars"); // and one legend patch per grey
            Assert.Contains(figure.Notes, n => n.Contains("200 consecutive functions", StringComparison.Ordinal));
        }

        [Fact]
        public void Aggregates_rows_too_thin_to_draw_even_below_MaxMarks()
        {
            var figure = TimelineChart.Render([ChartSamples.LargeBurst(960, 20)], TimelineChart.Defaults with { MaxMarks = 2000 });

            // 960 rows in a 260-pixel panel would be hairlines (moire): bars of several functions instead.
            Assert.Contains(figure.Notes, n => n.Contains("consecutive functions", StringComparison.Ordinal) && n.Contains("density", StringComparison.Ordinal));
        }

        [Fact]
        public void An_aggregated_bar_is_a_density_of_its_functions_never_one_long_run()
        {
            // Two functions of one bin: a first wave at 2-7 s and a second at 22-27 s; the envelope would be one 2-27 s bar.
            // The second bin: 3-8 s and 5-9 s overlap, so only 5-8 s has both running (review 24c: a union drew 3-9 s at full
            // thickness, read as one 6 s function).
            TimelineRow[] rows = [new(0, 0, 2, 7, 0, "invoker0"), new(1, 0, 22, 27, 0, "invoker0"), new(2, 0, 3, 8, 0, "invoker0"), new(3, 0, 5, 9, 0, "invoker0")];
            var bins = TimelineBins.Of(new TimelinePanel("classic", rows), maxBars: 2);

            Assert.Equal(2, bins.Size);
            Assert.Equal([(2.0, 7.0, 0.5), (22.0, 27.0, 0.5)], bins.Segments[0]);
            Assert.Equal([(3.0, 5.0, 0.5), (5.0, 8.0, 1.0), (8.0, 9.0, 0.5)], bins.Segments[1]);
        }

        [Fact]
        public void Functions_handing_over_at_one_time_leave_no_gap_and_equal_shares_merge()
        {
            // Four functions back to back on one slot: one running all the time, a quarter of the bin throughout 0-8 s.
            TimelineRow[] rows = [new(0, 0, 0, 2, 0, "invoker0"), new(1, 0, 2, 4, 0, "invoker0"), new(2, 0, 4, 6, 0, "invoker0"), new(3, 0, 6, 8, 0, "invoker0")];
            var bins = TimelineBins.Of(new TimelinePanel("classic", rows), maxBars: 1);

            Assert.Equal([(0.0, 8.0, 0.25)], Assert.Single(bins.Segments));
        }

        [Fact]
        public void Names_the_invokers_sharing_a_grey_in_one_short_legend_entry()
        {
            var texts = SvgText.Texts(TimelineChart.Render([ChartSamples.LargeBurst(240, 24)]).ToSvg());

            Assert.Contains("invoker0, 3, 6, \u2026", texts);
            Assert.Contains("invoker2, 5, 8, \u2026", texts);
            Assert.DoesNotContain("invoker5", texts);
        }
    }

    public sealed class Bad_input
    {
        [Fact]
        public void A_function_ending_before_it_starts_is_refused_naming_panel_and_function()
        {
            var bad = new TimelinePanel("classic", [new TimelineRow(7, 0, 2, 1, 0, "invoker0")]);

            var e = Assert.Throws<ArgumentException>(() => TimelineChart.Render([bad]));

            Assert.Contains("'classic', function 7", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void No_panels_is_refused() => Assert.Throws<ArgumentException>(() => TimelineChart.Render([]));
    }
}
