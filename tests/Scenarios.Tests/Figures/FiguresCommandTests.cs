using System.Text.RegularExpressions;
using System.Xml;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Figures;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Figures;

public sealed partial class FiguresCommandTests
{
    private static readonly string[] ExpectedFigures =
    [
        "thesis-sleep-120-timeline.svg", "thesis-sleep-120-startup-boxplot.svg",
        "thesis-sleep-120-lithops-timeline.svg", "thesis-sleep-120-lithops-histogram.svg",
        "thesis-montecarlo-100-timeline.svg", "thesis-montecarlo-100-startup-boxplot.svg",
        "paper-startup-cost-vs-makespan.svg", "paper-startup-startup-by-granularity.svg",
        "faasbatch-dispatch-interval-startup.svg", "faasbatch-dispatch-interval-containers.svg",
        "single-invoker-30-timeline.svg", "single-invoker-30-startup-boxplot.svg", "single-invoker-30-startup-cdf.svg",
    ];

    [GeneratedRegex("<img src=\"([^\"]+)\"")]
    private static partial Regex ImageSource();

    /// <summary>
    /// One <c>figures --quick --threads 2</c> run, shared by the tests that only read what it wrote (each used to run
    /// the same command again); made on first use, removed when the test process ends.
    /// </summary>
    private static class QuickSet
    {
        private static readonly Lazy<(TempFolder Folder, CliResult Result)> Run = new(() =>
        {
            var folder = new TempFolder();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
            return (folder, Shell.Run("figures", "--quick", "--out", folder["out"], "--threads", "2"));
        });

        /// <summary>The run's result, asserted to have succeeded.</summary>
        public static CliResult Result
        {
            get
            {
                var result = Run.Value.Result;
                Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
                return result;
            }
        }

        /// <summary>A path in the run's folder (its output is "out").</summary>
        public static string Path(string relative)
        {
            _ = Result;
            return Run.Value.Folder[relative];
        }
    }

    public sealed class The_quick_figure_set
    {
        [Fact]
        public void Writes_every_figure_its_summary_data_and_an_index()
        {
            _ = QuickSet.Result;
            Assert.Equal(ExpectedFigures.Append("captions.md").Order(StringComparer.Ordinal), Directory.EnumerateFiles(QuickSet.Path("out/figures")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (string scenario in new[] { "thesis-sleep-120", "thesis-montecarlo-100", "paper-startup", "faasbatch-dispatch-interval", "single-invoker-30" })
            {
                Assert.True(File.Exists(QuickSet.Path($"out/data/{scenario}-summary.csv")), scenario);
                Assert.True(File.Exists(QuickSet.Path($"out/data/{scenario}-summary-ci.csv")), scenario);
            }

            // Every figure's own numbers, with a header and at least one row.
            foreach (string svg in ExpectedFigures)
            {
                Assert.True(File.ReadAllLines(QuickSet.Path($"out/data/{svg[..^4]}.csv")).Length >= 2, svg);
            }

            Assert.True(File.Exists(QuickSet.Path("out/index.html")));
            string record = File.ReadAllText(QuickSet.Path("out/run.yaml"));
            Assert.Contains("command: \"burstsim figures --quick\"", record, StringComparison.Ordinal);
            Assert.Contains("name: \"paper-startup\"", record, StringComparison.Ordinal);
        }

        [Fact]
        public void Has_an_index_that_shows_every_svg_and_svgs_that_parse_as_xml()
        {
            _ = QuickSet.Result;
            var images = ImageSource().Matches(File.ReadAllText(QuickSet.Path("out/index.html"))).Select(m => m.Groups[1].Value).ToArray();
            var svgs = Directory.EnumerateFiles(QuickSet.Path("out/figures"), "*.svg").Select(f => "figures/" + Path.GetFileName(f)).ToArray();
            Assert.Equal(svgs.Order(StringComparer.Ordinal), images.Order(StringComparer.Ordinal));
            Assert.All(images, image => Assert.True(File.Exists(QuickSet.Path("out/" + image)), image));
            foreach (string svg in svgs)
            {
                var document = new XmlDocument { XmlResolver = null };
                document.Load(QuickSet.Path("out/" + svg));
                Assert.Equal("svg", document.DocumentElement!.LocalName);
            }
        }

        [Fact]
        public void Is_byte_identical_for_one_and_two_threads()
        {
            using var folder = new TempFolder();

            var one = Shell.Run("figures", "--quick", "--out", folder["one"], "--threads", "1");

            Assert.True(one.ExitCode == ExitCodes.Ok, one.ToString());
            FolderAssert.Identical(folder["one"], QuickSet.Path("out")); // the shared run used two threads
        }
    }

    public sealed class Several_formats
    {
        [Fact]
        public void Write_every_figure_as_svg_png_and_pdf_with_no_external_tool_and_show_the_svg()
        {
            using var folder = new TempFolder();

            var result = Shell.Run("figures", "--quick", "--out", folder["out"], "--format", "png,svg,pdf");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            foreach (string svg in ExpectedFigures)
            {
                string stem = svg[..^4];
                Assert.True(new FileInfo(folder[$"out/figures/{stem}.png"]).Length > 0, stem);
                Assert.StartsWith("%PDF-", File.ReadAllText(folder[$"out/figures/{stem}.pdf"]), StringComparison.Ordinal);
            }

            var images = ImageSource().Matches(File.ReadAllText(folder["out/index.html"])).Select(m => m.Groups[1].Value).ToArray();
            Assert.All(images, i => Assert.EndsWith(".svg", i, StringComparison.Ordinal));
        }

        [Fact]
        public void Png_only_shows_the_png_in_the_index()
        {
            using var folder = new TempFolder();

            var result = Shell.Run("figures", "--quick", "--out", folder["out"], "--format", "png");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Empty(Directory.EnumerateFiles(folder["out/figures"], "*.svg"));
            var images = ImageSource().Matches(File.ReadAllText(folder["out/index.html"])).Select(m => m.Groups[1].Value).ToArray();
            Assert.Equal(ExpectedFigures.Length, images.Length);
            Assert.All(images, i => Assert.True(File.Exists(folder["out/" + i]), i));
        }
    }

    public sealed class The_paper_style
    {
        [Fact]
        public void Writes_untitled_figures_at_the_printed_width_and_their_captions_in_a_file()
        {
            using var folder = new TempFolder();

            var result = Shell.Run("figures", "--quick", "--out", folder["out"], "--style", "paper", "--width", "7in");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            foreach (string svg in ExpectedFigures)
            {
                var root = System.Xml.Linq.XDocument.Load(folder["out/figures/" + svg]).Root!;
                Assert.Equal("7in", (string?)root.Attribute("width"));
            }

            string captions = File.ReadAllText(folder["out/figures/captions.md"]);
            Assert.Contains("## paper-startup-startup-by-granularity", captions, StringComparison.Ordinal);
            Assert.Contains("Drawn numbers: data/paper-startup-startup-by-granularity.csv", captions, StringComparison.Ordinal);

            // Cost against makespan: every group of runs of one granularity labelled (prices per 1000 functions, so the runs
            // of one g lie together; a g whose runs lie apart, classic at two makespans, is labelled at each), none left out
            // for overlap: every run lies within 5% of the makespan axis' span of a labelled run of its g (review 24c: the
            // 48/96-function classic markers at 22 s had no label).
            var rows = File.ReadAllLines(folder["out/data/paper-startup-cost-vs-makespan.csv"]).Skip(1).Select(l => l.Split(',')).ToArray();
            var labels = rows.Select(r => r[7]).Where(l => l.Length > 0).ToArray();
            Assert.Equal(rows.Select(r => r[8]).Distinct().Count(), labels.Distinct().Count());
            double X(string[] r) => double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture);
            double span = rows.Max(X) - rows.Min(X);
            Assert.All(rows, r => Assert.Contains(rows, l => l[7].Length > 0 && l[8] == r[8] && Math.Abs(X(l) - X(r)) <= (0.05 * span * 4) + 1e-9));
            Assert.DoesNotContain("point labels were left out", captions, StringComparison.Ordinal);
            string cost = File.ReadAllText(folder["out/figures/paper-startup-cost-vs-makespan.svg"]);
            Assert.Contains("per 1000 functions", cost, StringComparison.Ordinal);
            Assert.All(labels, l => Assert.Contains($">{l}</text>", cost, StringComparison.Ordinal));
        }

        [Fact]
        public void Refuses_a_width_without_a_unit_with_exit_2()
        {
            using var folder = new TempFolder();

            var result = Shell.Run("figures", "--quick", "--out", folder["out"], "--style", "paper", "--width", "7");

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("--width", result.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["out"]));
        }
    }

    public sealed class The_index
    {
        [Fact]
        public void Shows_each_scenario_table_once_and_names_only_data_files_that_exist()
        {
            _ = QuickSet.Result;
            string html = File.ReadAllText(QuickSet.Path("out/index.html"));
            foreach (string scenario in new[] { "thesis-sleep-120", "thesis-montecarlo-100", "paper-startup", "single-invoker-30" })
            {
                Assert.Equal(1, Regex.Count(html, $"<h3>{scenario}[ ,]"));
            }

            foreach (Match data in DataFile().Matches(html))
            {
                Assert.True(File.Exists(QuickSet.Path("out/" + data.Value)), data.Value);
            }
        }
    }

    [GeneratedRegex(@"data/[A-Za-z0-9._-]+\.csv")]
    private static partial Regex DataFile();

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
        public void Naming_one_good_and_one_unknown_format_exits_2_and_names_the_bad_one()
        {
            using var folder = new TempFolder();

            var result = Shell.Run("figures", "--quick", "--out", folder["out"], "--format", "png,tiff");

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("'tiff'", result.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["out"]));
        }
    }
}
