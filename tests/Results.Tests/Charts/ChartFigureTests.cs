using System.Text;
using Burstsim.Results.Charts;
using Burstsim.Results.Report;
using SkiaSharp;

namespace Burstsim.Results.Tests.Charts;

public sealed class ChartFigureTests
{
    private static ChartFigure Sample() => TimelineChart.Render(ChartSamples.Timeline());

    public sealed class Its_SVG
    {
        [Fact]
        public void Has_per_glyph_positions_without_trailing_commas_and_trimmed_text()
        {
            string svg = Sample().ToSvg();

            Assert.DoesNotContain(", \"", svg, StringComparison.Ordinal);
            Assert.NotEmpty(SvgText.GlyphPositions(svg, "x"));
            Assert.All(SvgText.Texts(svg), t => Assert.Equal(t.Trim(), t));
        }

        [Fact]
        public void Names_the_bundled_font_for_every_text()
        {
            var fonts = SvgText.Parse(Sample().ToSvg()).Descendants().Where(e => e.Name.LocalName == "text").Select(t => (string?)t.Attribute("font-family")).Distinct();

            Assert.Equal(["DejaVu Sans"], fonts);
        }
    }

    public sealed class Its_formats
    {
        [Fact]
        public void Png_is_a_png_at_twice_the_figure_size()
        {
            var figure = Sample();

            using var bitmap = SKBitmap.Decode(figure.ToPng());

            Assert.Equal(figure.Width * 2, bitmap.Width);
            Assert.Equal(figure.Height * 2, bitmap.Height);
        }

        [Fact]
        public void Pdf_is_a_one_page_pdf_with_the_font_embedded()
        {
            string pdf = Encoding.Latin1.GetString(Sample().ToPdf());

            Assert.StartsWith("%PDF-", pdf, StringComparison.Ordinal);
            Assert.Contains("/FontFile2", pdf, StringComparison.Ordinal);
            Assert.Contains("/Count 1", pdf, StringComparison.Ordinal);
        }

        [Fact]
        public void Every_format_gives_the_same_bytes_twice()
        {
            Assert.Equal(Sample().ToSvg(), Sample().ToSvg());
            Assert.Equal(Sample().ToPng(), Sample().ToPng());
            Assert.Equal(Sample().ToPdf(), Sample().ToPdf());
        }

        [Fact]
        public void Save_writes_one_file_per_format_named_by_its_extension()
        {
            string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "burstsim-figure-" + Guid.NewGuid().ToString("N"))).FullName;
            try
            {
                var written = Sample().Save(folder, "timeline", [ExportFormat.Svg, ExportFormat.Png, ExportFormat.Pdf]);

                Assert.Equal(["timeline.svg", "timeline.png", "timeline.pdf"], written);
                Assert.All(written, f => Assert.True(new FileInfo(Path.Combine(folder, f)).Length > 1000, f));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public void Save_refuses_an_unknown_extension() => Assert.Throws<ArgumentException>(() => Sample().Save("figure.gif"));
    }
}
