using Burstsim.Results.Charts;
using Burstsim.Results.Report;
using Burstsim.Results.Tests.Charts;

namespace Burstsim.Results.Tests.Report;

public sealed class FigureFormatTests
{
    public sealed class TryParse
    {
        [Theory]
        [InlineData("png", ExportFormat.Png)]
        [InlineData("PDF", ExportFormat.Pdf)]
        [InlineData(".png", ExportFormat.Png)]
        public void Png_and_pdf_are_read_in_any_case(string text, ExportFormat expected)
        {
            Assert.True(FigureFormat.TryParse(text, out var format));
            Assert.Equal(expected, format);
        }

        [Fact]
        public void Other_formats_are_not()
        {
            Assert.False(FigureFormat.TryParse("jpeg", out _));
        }
    }

    public sealed class Convert : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("burstsim-fig-").FullName;

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [Fact]
        public void Without_rsvg_convert_on_the_path_the_error_says_how_to_install_it()
        {
            string svg = WriteSvg();

            var result = FigureFormat.ConvertUsing(_dir, svg, ExportFormat.Png, null, 1);

            Assert.False(result.Succeeded);
            Assert.Contains("install it with: sudo apt-get install librsvg2-bin", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void An_unknown_format_name_is_a_failed_result()
        {
            var result = FigureFormat.Convert(WriteSvg(), "gif");

            Assert.False(result.Succeeded);
            Assert.Contains("use png or pdf", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void A_missing_svg_is_reported_by_name()
        {
            var result = FigureFormat.Convert(Path.Combine(_dir, "nope.svg"), ExportFormat.Pdf);

            Assert.False(result.Succeeded);
            Assert.Contains("nope.svg", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void The_converter_is_found_only_as_an_executable_file_on_the_path()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            string bin = Directory.CreateDirectory(Path.Combine(_dir, "bin")).FullName;
            string fake = Path.Combine(bin, FigureFormat.ConverterName);
            File.WriteAllText(fake, "#!/bin/sh\n");
            string search = string.Join(Path.PathSeparator, Path.Combine(_dir, "missing"), bin);

            Assert.Null(FigureFormat.FindOnPath(FigureFormat.ConverterName, search));
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            Assert.Equal(fake, FigureFormat.FindOnPath(FigureFormat.ConverterName, search));
        }

        [Fact]
        public void With_rsvg_convert_installed_a_chart_becomes_a_png()
        {
            if (FigureFormat.FindConverter() is null)
            {
                return; // nothing to exercise on a machine without librsvg; the missing case is tested above
            }

            var result = FigureFormat.Convert(WriteSvg(), ExportFormat.Png);

            Assert.True(result.Succeeded, result.Error);
            byte[] head = File.ReadAllBytes(result.OutputPath!)[..4];
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, head);
        }

        private string WriteSvg()
        {
            string path = Path.Combine(_dir, "-cdf chart.svg");
            // A leading dash and a space: the name must reach the converter as one file, not an option.
            CdfChart.Render(ChartSamples.Cdfs()).Save(path);
            return path;
        }
    }
}
