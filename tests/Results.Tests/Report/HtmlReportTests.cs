using Burstsim.Results.Report;
using Burstsim.Results.Tests.Golden;

namespace Burstsim.Results.Tests.Report;

public sealed class HtmlReportTests
{
    public sealed class Render
    {
        [Fact]
        public void Figures_are_linked_by_relative_encoded_paths()
        {
            string html = ReportSamples.Report().Render();

            Assert.Contains("<img src=\"figures/timeline.svg\"", html, StringComparison.Ordinal);
            Assert.Contains("<img src=\"figures/startup%20boxplot.svg\"", html, StringComparison.Ordinal);
        }

        [Fact]
        public void Every_text_is_HTML_escaped()
        {
            const string nasty = "<script>alert('x & y')</script>";
            var report = new HtmlReport
            {
                Title = nasty,
                Description = nasty,
                Figures = [new ReportFigure(nasty, nasty, "figures/a.svg")],
                Tables = [new ReportTable(nasty, [nasty], [[nasty]])],
            };

            string html = report.Render();

            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(&#39;x &amp; y&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        }

        [Fact]
        public void The_page_is_self_contained()
        {
            string html = ReportSamples.Report().Render();

            Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
            Assert.Contains("<style>", html, StringComparison.Ordinal);
        }

        [Fact]
        public void Numeric_cells_are_marked_for_right_alignment()
        {
            string html = ReportSamples.Report().Render();

            Assert.Contains("<td>classic</td><td class=\"num\">96</td><td class=\"num\">4.25</td>", html, StringComparison.Ordinal);
        }

        [Fact]
        public void A_row_with_the_wrong_number_of_cells_is_refused_naming_the_table()
        {
            var report = new HtmlReport { Title = "t", Tables = [new ReportTable("summary", ["a", "b"], [["1"]])] };

            var error = Assert.Throws<ArgumentException>(report.Render);
            Assert.Contains("summary", error.Message, StringComparison.Ordinal);
            Assert.Contains("row 1", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("/tmp/x.svg")]
        [InlineData("../x.svg")]
        [InlineData("figures/../../x.svg")]
        [InlineData("https://example.org/x.svg")]
        public void Figure_paths_outside_the_report_folder_are_refused(string path)
        {
            var report = new HtmlReport { Title = "t", Figures = [new ReportFigure("f", "c", path)] };

            Assert.Throws<ArgumentException>(report.Render);
        }

        [Fact]
        public void The_same_report_gives_the_same_bytes() =>
            Assert.Equal(ReportSamples.Report().Render(), ReportSamples.Report().Render());

        [Fact]
        public void The_report_matches_its_golden_file() =>
            GoldenFile.AssertMatches("report.html", ReportSamples.Report().Render());
    }

    public sealed class Write
    {
        [Fact]
        public void Index_html_is_written_into_the_folder()
        {
            string dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "burstsim-report-" + Guid.NewGuid().ToString("N"))).FullName;
            try
            {
                string path = ReportSamples.Report().Write(dir);

                Assert.Equal(Path.Combine(dir, "index.html"), path);
                Assert.Equal(ReportSamples.Report().Render(), File.ReadAllText(path));
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
