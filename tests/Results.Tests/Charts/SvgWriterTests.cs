using System.Xml.Linq;
using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

public sealed class SvgWriterTests
{
    public sealed class Num
    {
        [Theory]
        [InlineData(3.14159, "3.14")]
        [InlineData(2.5, "2.5")]
        [InlineData(0.125, "0.13")]
        [InlineData(1000000.0, "1000000")]
        [InlineData(-0.001, "0")]
        [InlineData(-12.0, "-12")]
        public void Numbers_are_invariant_with_at_most_two_decimals(double value, string expected)
        {
            Assert.Equal(expected, SvgWriter.Num(value));
        }

        [Fact]
        public void Infinite_coordinates_are_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => SvgWriter.Num(double.NaN));
        }
    }

    public sealed class Escape
    {
        [Fact]
        public void Markup_characters_become_entities()
        {
            Assert.Equal("&lt;a href=&quot;x&quot;&gt; &amp; &apos;b&apos;", SvgWriter.Escape("<a href=\"x\"> & 'b'"));
        }

        [Fact]
        public void Control_characters_that_XML_cannot_carry_are_replaced()
        {
            Assert.Equal("a\uFFFDb", SvgWriter.Escape("a\u0001b"));
        }
    }

    public sealed class Build
    {
        [Fact]
        public void The_document_has_size_viewBox_font_and_a_white_background()
        {
            var svg = new SvgWriter(300, 200).Build();
            var root = SvgInspect.Parse(svg).Root!;

            Assert.Equal("300", (string?)root.Attribute("width"));
            Assert.Equal("200", (string?)root.Attribute("height"));
            Assert.Equal("0 0 300 200", (string?)root.Attribute("viewBox"));
            Assert.Equal(TextMetrics.FontFamily, (string?)root.Attribute("font-family"));
            var background = SvgInspect.WithClass(svg, "background").Single();
            Assert.Equal("#ffffff", (string?)background.Attribute("fill"));
        }

        [Fact]
        public void Any_label_text_survives_a_round_trip_through_an_XML_parser()
        {
            const string label = "p99 < 5 s & \"burst\" > 'classic' </text><script>";
            var writer = new SvgWriter(100, 100);
            writer.Text(10, 10, label, cssClass: "label");
            writer.Rect(0, 0, 5, 5, "#000000", tooltip: label);

            var svg = writer.Build();

            Assert.Equal(label, SvgInspect.WithClass(svg, "label").Single().Value);
            Assert.DoesNotContain("<script>", svg.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Open_groups_are_closed_so_the_document_is_well_formed()
        {
            var writer = new SvgWriter(100, 100);
            writer.BeginGroup("outer");
            writer.BeginGroup("inner");

            var doc = XDocument.Parse(writer.Build().Text);

            Assert.Equal(2, doc.Descendants().Count(e => e.Name.LocalName == "g"));
        }
    }
}
