using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

public sealed class BoxplotChartTests
{
    public sealed class Render
    {
        [Fact]
        public void Each_box_has_a_median_two_whiskers_and_its_outliers()
        {
            var boxes = ChartSamples.GroupedBoxes();

            var svg = BoxplotChart.Render(boxes);

            Assert.Equal(4, SvgInspect.Count(svg, "box"));
            Assert.Equal(4, SvgInspect.Count(svg, "median"));
            Assert.Equal(8, SvgInspect.Count(svg, "whisker"));
            Assert.Equal(boxes.Sum(b => b.Stats.Outliers.Count), SvgInspect.Count(svg, "outlier"));
            Assert.Equal(3, boxes.Sum(b => b.Stats.Outliers.Count));
        }

        [Fact]
        public void A_second_key_groups_boxes_side_by_side_with_a_legend()
        {
            var doc = SvgInspect.Parse(BoxplotChart.Render(ChartSamples.GroupedBoxes()));

            Assert.Equal(["48 workers", "96 workers"], SvgInspect.Texts(doc, "legend", "legend-label"));
            Assert.Equal(["1 (classic)", "8"], SvgInspect.Texts(doc, "categories", "tick"));
        }

        [Fact]
        public void A_single_series_needs_no_legend()
        {
            var boxes = new[] { "classic", "burst" }.Select(p => BoxplotBox.FromValues(p, "", [1.0, 2, 3])).ToList();

            var svg = BoxplotChart.Render(boxes);

            Assert.Equal(0, SvgInspect.Count(svg, "legend"));
            Assert.Equal(2, SvgInspect.Count(svg, "box"));
        }

        [Fact]
        public void The_y_axis_covers_every_box_whisker_and_outlier()
        {
            var svg = BoxplotChart.Render(ChartSamples.GroupedBoxes());
            var frame = SvgInspect.Frames(svg).Single();

            foreach (var circle in SvgInspect.WithClass(svg, "outlier"))
            {
                Assert.True(SvgInspect.Inside(frame, SvgInspect.Number(circle, "cx"), SvgInspect.Number(circle, "cy")));
            }

            foreach (var line in SvgInspect.WithClass(svg, "whisker"))
            {
                Assert.True(SvgInspect.Inside(frame, SvgInspect.Number(line, "x2"), SvgInspect.Number(line, "y2")));
            }
        }

        [Fact]
        public void Many_long_category_labels_are_rotated_and_thinned_not_overlapped()
        {
            var boxes = Enumerable.Range(0, 60).Select(i => BoxplotBox.FromValues("granularity-" + i, "", [1.0, 2, i])).ToList();

            var svg = BoxplotChart.Render(boxes);
            var labels = SvgInspect.WithClass(svg, "categories").Single().Elements().Where(e => e.Name.LocalName == "text").ToList();

            Assert.All(labels, l => Assert.StartsWith("rotate(-45", (string?)l.Attribute("transform"), StringComparison.Ordinal));
            Assert.True(labels.Count < 60);
            // Rotated labels are parallel; neighbours must be at least a line of text apart.
            var xs = labels.Select(l => SvgInspect.Number(l, "x")).ToList();
            Assert.All(xs.Zip(xs.Skip(1)), p => Assert.True((p.Second - p.First) * Math.Sqrt(0.5) >= CategoryLabels.FontSize));
            Assert.Contains("category is labelled", svg.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Short_labels_stay_horizontal()
        {
            var svg = BoxplotChart.Render(ChartSamples.GroupedBoxes());
            var labels = SvgInspect.WithClass(svg, "categories").Single().Elements().Where(e => e.Name.LocalName == "text");

            Assert.All(labels, l => Assert.Null(l.Attribute("transform")));
        }

        [Fact]
        public void Thousands_of_outliers_on_one_pixel_are_drawn_once()
        {
            // IQR 0: 0.5, 2 and the 3000 copies of 50 are all outliers; the copies share one pixel.
            var values = Enumerable.Repeat(1.0, 10_000).Concat(Enumerable.Repeat(50.0, 3000)).Concat([0.5, 2.0]).ToList();
            var box = BoxplotBox.FromValues("classic", "", values);

            var svg = BoxplotChart.Render([box], new BoxplotOptions { MaxOutliersPerBox = 100 });

            Assert.Equal(3002, box.Stats.Outliers.Count);
            Assert.Equal(3, SvgInspect.Count(svg, "outlier"));
            Assert.Contains("not drawn again", svg.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void The_same_input_gives_the_same_bytes()
        {
            Assert.Equal(BoxplotChart.Render(ChartSamples.GroupedBoxes()).Text, BoxplotChart.Render(ChartSamples.GroupedBoxes()).Text);
        }
    }
}
