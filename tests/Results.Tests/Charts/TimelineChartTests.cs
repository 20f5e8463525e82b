using System.Globalization;
using Burstsim.Results.Charts;
using Burstsim.Results.Statistics;

namespace Burstsim.Results.Tests.Charts;

public sealed class TimelineChartTests
{
    public sealed class Render
    {
        [Fact]
        public void Every_function_gets_one_bar_and_one_submit_dot()
        {
            var svg = TimelineChart.Render(ChartSamples.Timeline());

            Assert.Equal(10, SvgInspect.Count(svg, "bar"));
            Assert.Equal(10, SvgInspect.Count(svg, "submit"));
            Assert.Equal(2, SvgInspect.Count(svg, "running"));
            Assert.Equal(2, SvgInspect.Count(svg, "frame"));
        }

        [Fact]
        public void Bars_and_dots_lie_inside_their_panel()
        {
            var svg = TimelineChart.Render(ChartSamples.Timeline());
            var frames = SvgInspect.Frames(svg);

            foreach (var bar in SvgInspect.WithClass(svg, "bar"))
            {
                double x = SvgInspect.Number(bar, "x");
                double y = SvgInspect.Number(bar, "y");
                double right = x + SvgInspect.Number(bar, "width");
                double bottom = y + SvgInspect.Number(bar, "height");
                Assert.Contains(frames, f => SvgInspect.Inside(f, x, y) && SvgInspect.Inside(f, right, bottom));
            }

            foreach (var dot in SvgInspect.WithClass(svg, "submit"))
            {
                Assert.Contains(frames, f => SvgInspect.Inside(f, SvgInspect.Number(dot, "cx"), SvgInspect.Number(dot, "cy")));
            }
        }

        [Fact]
        public void All_panels_share_one_time_axis()
        {
            var doc = SvgInspect.Parse(TimelineChart.Render(ChartSamples.Timeline()));
            var axes = doc.Descendants().Where(e => SvgInspect.HasClass(e, "axis-x")).ToList();

            Assert.Equal(2, axes.Count);
            var first = SvgInspect.Texts(axes[0], "axis-x", "tick");
            Assert.Equal(first, SvgInspect.Texts(axes[1], "axis-x", "tick"));
            Assert.Equal("0", first[0]);
            Assert.True(double.Parse(first[^1], CultureInfo.InvariantCulture) >= 9.1);
        }

        [Fact]
        public void The_legend_names_every_invoker()
        {
            var doc = SvgInspect.Parse(TimelineChart.Render(ChartSamples.Timeline()));
            var labels = SvgInspect.Texts(doc, "legend", "legend-label");

            Assert.Equal(["submit", "running functions", "invoker0", "invoker1", "invoker2"], labels);
        }

        [Fact]
        public void Huge_panels_draw_a_subsample_of_bars_but_count_all_functions()
        {
            var rows = Enumerable.Range(0, 12_000)
                .Select(i => new TimelineRow(i, 0, i * 0.001, 10 + (i * 0.001), i % 4, "invoker" + (i % 4))).ToList();
            int peak = RunningCount.Peak(rows.Select(r => (r.Start, r.End)));

            var svg = TimelineChart.Render([new TimelinePanel("burst", rows)], new TimelineOptions { MaxBarsPerPanel = 5000 });

            Assert.Equal(4000, SvgInspect.Count(svg, "bar"));
            Assert.Contains("every 3rd function (4000 of 12000)", svg.Text, StringComparison.Ordinal);
            var runningTicks = SvgInspect.Texts(SvgInspect.Parse(svg), "axis-y2", "tick");
            Assert.True(double.Parse(runningTicks[^1], CultureInfo.InvariantCulture) >= peak);
            Assert.Equal(10_000, peak); // starts 1 ms apart, each runs 10 s
        }

        [Fact]
        public void The_same_input_gives_the_same_bytes()
        {
            Assert.Equal(TimelineChart.Render(ChartSamples.Timeline()).Text, TimelineChart.Render(ChartSamples.Timeline()).Text);
        }

        [Fact]
        public void A_function_ending_before_it_starts_is_refused_by_id()
        {
            var bad = new TimelinePanel("classic", [new TimelineRow(7, 0, 5, 4, 0, "invoker0")]);

            var error = Assert.Throws<ArgumentException>(() => TimelineChart.Render([bad]));
            Assert.Contains("function 7", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_empty_panel_still_renders_with_a_message()
        {
            var svg = TimelineChart.Render([ChartSamples.ClassicPanel(), new TimelinePanel("faasbatch", [])]);

            Assert.Equal(1, SvgInspect.Count(svg, "empty"));
            Assert.Equal(6, SvgInspect.Count(svg, "bar"));
        }
    }
}
