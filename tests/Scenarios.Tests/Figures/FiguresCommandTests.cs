using System.Text.RegularExpressions;
using System.Xml;
using Burstsim.Results.Report;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Figures;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Figures;

public sealed partial class FiguresCommandTests
{
    private static readonly string[] ExpectedFigures =
    [
        "thesis-sleep-120-timeline.svg", "thesis-sleep-120-startup-boxplot.svg",
        "thesis-montecarlo-100-timeline.svg", "thesis-montecarlo-100-startup-boxplot.svg",
        "paper-startup-cost-vs-makespan.svg", "paper-startup-startup-by-granularity.svg",
        "faasbatch-dispatch-interval-io-bound-startup.svg", "faasbatch-dispatch-interval-io-bound-containers.svg",
        "faasbatch-dispatch-interval-cpu-bound-startup.svg", "faasbatch-dispatch-interval-cpu-bound-containers.svg",
        "single-invoker-30-timeline.svg", "single-invoker-30-startup-boxplot.svg", "single-invoker-30-startup-cdf.svg",
    ];

    [GeneratedRegex("<img src=\"([^\"]+)\"")]
    private static partial Regex ImageSource();

    public sealed class The_quick_figure_set
    {
        [Fact]
        public void Writes_every_figure_its_summary_data_and_an_index()
        {
            using var folder = new TempFolder();

            var result = Shell.Run("figures", "--quick", "--out", folder["out"], "--threads", "2");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(ExpectedFigures.Order(StringComparer.Ordinal), Directory.EnumerateFiles(folder["out/figures"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (string scenario in new[] { "thesis-sleep-120", "thesis-montecarlo-100", "paper-startup", "faasbatch-dispatch-interval", "single-invoker-30" })
            {
                Assert.True(File.Exists(folder[$"out/data/{scenario}-summary.csv"]), scenario);
                Assert.True(File.Exists(folder[$"out/data/{scenario}-summary-ci.csv"]), scenario);
            }

            Assert.True(File.Exists(folder["out/index.html"]));
        }

        [Fact]
        public void Has_an_index_that_shows_every_svg_and_svgs_that_parse_as_xml()
        {
            using var folder = new TempFolder();

            var result = Shell.Run("figures", "--quick", "--out", folder["out"]);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            var images = ImageSource().Matches(File.ReadAllText(folder["out/index.html"])).Select(m => m.Groups[1].Value).ToArray();
            var svgs = Directory.EnumerateFiles(folder["out/figures"], "*.svg").Select(f => "figures/" + Path.GetFileName(f)).ToArray();
            Assert.Equal(svgs.Order(StringComparer.Ordinal), images.Order(StringComparer.Ordinal));
            Assert.All(images, image => Assert.True(File.Exists(folder["out/" + image]), image));
            foreach (string svg in svgs)
            {
                var document = new XmlDocument { XmlResolver = null };
                document.Load(folder["out/" + svg]);
                Assert.Equal("svg", document.DocumentElement!.LocalName);
            }
        }

        [Fact]
        public void Is_byte_identical_for_one_and_two_threads()
        {
            using var folder = new TempFolder();

            var one = Shell.Run("figures", "--quick", "--out", folder["one"], "--threads", "1");
            var two = Shell.Run("figures", "--quick", "--out", folder["two"], "--threads", "2");

            Assert.True(one.ExitCode == ExitCodes.Ok, one.ToString());
            Assert.True(two.ExitCode == ExitCodes.Ok, two.ToString());
            FolderAssert.Identical(folder["one"], folder["two"]);
        }
    }

    public sealed class A_bad_request
    {
        [Fact]
        public void Of_an_unknown_format_exits_2_and_writes_nothing()
        {
            using var folder = new TempFolder();

            var result = Shell.Run("figures", "--quick", "--out", folder["out"], "--format", "gif");

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("--format", result.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["out"]));
        }

        [Fact]
        public void For_png_without_rsvg_convert_says_how_to_install_it()
        {
            var refused = Assert.Throws<InputException>(() => FigureConversions.EnsureAvailable(ExportFormat.Png, converter: null));

            Assert.Contains("apt-get install librsvg2-bin", refused.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void For_svg_needs_no_converter()
        {
            FigureConversions.EnsureAvailable(format: null, converter: null);
        }
    }
}
