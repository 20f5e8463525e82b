using System.Text.Json;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

public sealed class RunCommandTests
{
    private static readonly string[] ContractActivationColumns =
    [
        "host_job_create_tstamp", "host_submit_tstamp", "worker_start_tstamp", "worker_func_start_tstamp", "worker_func_end_tstamp",
        "worker_end_tstamp", "host_status_done_tstamp", "host_result_done_tstamp", "worker_cold_start",
        "scenario", "policy", "granularity", "replication", "seed", "function_id", "invoker", "container",
    ];

    private static readonly string[] ContractSummaryColumns =
    [
        "scenario", "policy", "granularity", "replication", "seed", "functions", "makespan_s", "startup_p50_s", "startup_p95_s",
        "startup_p99_s", "startup_max_s", "peak_concurrency", "containers", "cold_starts",
    ];

    public sealed class A_small_scenario
    {
        [Fact]
        public void Writes_the_contract_columns_one_row_per_function_and_per_run()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run("run", file, "--out", folder["out"]);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            var activations = File.ReadAllLines(folder["out/activations.csv"]);
            Assert.All(ContractActivationColumns, c => Assert.Contains(c, activations[0].Split(',')));
            Assert.Equal(1 + (6 * 2), activations.Length);
            var summary = File.ReadAllLines(folder["out/summary.csv"]);
            Assert.Equal(ContractSummaryColumns, summary[0].Split(',').Where(ContractSummaryColumns.Contains));
            Assert.Equal(["small-sleep,classic,1,0,7,6", "small-sleep,burst,het,0,7,6"], summary.Skip(1).Select(l => string.Join(',', l.Split(',').Take(6))));
            Assert.True(File.Exists(folder["out/summary-ci.csv"]));
            Assert.True(File.Exists(folder["out/figures/timeline.svg"]));
            Assert.True(File.Exists(folder["out/figures/startup-boxplot.svg"]));
        }

        [Fact]
        public void Prints_classic_and_burst_side_by_side()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures");

            Assert.Contains("| classic |", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("| burst   |", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("p50 s", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("p50/p95/max startup", result.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b[", result.Stdout, StringComparison.Ordinal); // no colours or progress bar in captured output
            Assert.False(Directory.Exists(folder["out/figures"]));
        }

        [Fact]
        public void Writes_the_burst_layout_as_invoker_container_first_last_covering_every_worker_once()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);

            Shell.Run("run", file, "--out", folder["out"], "--no-figures", "--policy", "burst", "burst:g=2");

            using var json = JsonDocument.Parse(File.ReadAllText(folder["out/burst_info.json"]));
            Assert.Equal(["burst", "burst:g=2"], json.RootElement.EnumerateObject().Select(p => p.Name));
            foreach (var policy in json.RootElement.EnumerateObject())
            {
                var run = Assert.Single(policy.Value.EnumerateObject());
                Assert.Equal("0/small-sleep", run.Name);
                var ranges = run.Value.EnumerateObject()
                    .SelectMany(invoker => invoker.Value.EnumerateObject().Select(c => (First: c.Value[0].GetInt32(), Last: c.Value[1].GetInt32())))
                    .OrderBy(r => r.First)
                    .ToArray();
                Assert.Equal(Enumerable.Range(0, 6), ranges.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)));
            }
        }

        [Fact]
        public void Leaves_nothing_but_the_output_folder_beside_it_and_replaces_an_earlier_result()
        {
            using var folder = new TempFolder();
            string file = folder.Write("in/s.yaml", SmallScenarios.Sleep);
            folder.Write("out/burst_info.json", "stale");
            folder.Write("out/notes.txt", "mine");

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures", "--policy", "classic");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(["in", "out"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.False(File.Exists(folder["out/burst_info.json"])); // classic only: the stale layout is gone
            Assert.True(File.Exists(folder["out/notes.txt"]));
        }

        [Theory]
        [InlineData("parquet", "csv", "activations.parquet")]
        [InlineData("csv", "parquet", "activations.csv")]
        public void Replaces_an_earlier_result_in_the_other_activations_format(string first, string second, string stale)
        {
            using var folder = new TempFolder();
            string file = folder.Write("in/s.yaml", SmallScenarios.Sleep);

            var before = Shell.Run("run", file, "--out", folder["out"], "--no-figures", "--activations", first);
            var after = Shell.Run("run", file, "--out", folder["out"], "--no-figures", "--activations", second);

            Assert.True(before.ExitCode == ExitCodes.Ok, before.ToString());
            Assert.True(after.ExitCode == ExitCodes.Ok, after.ToString());
            Assert.False(File.Exists(Path.Combine(folder["out"], stale)), $"{stale} from the earlier run is still there");
        }

        [Fact]
        public void Still_takes_the_old_format_spelling_with_a_note_naming_the_new_one()
        {
            using var folder = new TempFolder();
            string file = folder.Write("in/s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures", "--format", "parquet");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.True(File.Exists(folder["out/activations.parquet"]));
            Assert.Contains("--format is deprecated for run; write --activations", result.Stderr, StringComparison.Ordinal);
        }
    }

    public sealed class Figures_and_record
    {
        [Fact]
        public void Draws_every_figure_in_each_format_asked_with_its_numbers_and_records_the_run()
        {
            using var folder = new TempFolder();
            string file = folder.Write("in/s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run("run", file, "--out", folder["out"], "--figures", "png,pdf", "--seed", "7", "--threads", "1");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            foreach (string name in new[] { "timeline", "lithops-timeline", "lithops-histogram", "startup-boxplot" })
            {
                Assert.True(File.Exists(folder[$"out/figures/{name}.png"]), name);
                Assert.StartsWith("%PDF-", File.ReadAllText(folder[$"out/figures/{name}.pdf"]), StringComparison.Ordinal);
                Assert.False(File.Exists(folder[$"out/figures/{name}.svg"]), name);
                Assert.True(File.ReadAllLines(folder[$"out/figures/{name}.csv"]).Length >= 2, name);
            }

            string record = File.ReadAllText(folder["out/run.yaml"]);
            Assert.Contains("seed: 7", record, StringComparison.Ordinal);
            Assert.Contains("--figures png,pdf --seed 7\"", record, StringComparison.Ordinal);
            Assert.DoesNotContain("--threads", record, StringComparison.Ordinal);
            Assert.Contains("burstsim_version:", record, StringComparison.Ordinal);
            Assert.Contains("resolved: |", record, StringComparison.Ordinal);
        }

        [Fact]
        public void Paper_startup_box_plot_uses_the_shared_log_rule_and_its_caption_explains_the_boxes()
        {
            using var folder = new TempFolder();

            var result = Shell.Run("run", "paper-startup", "--out", folder["out"], "--figures", "svg", "--style", "paper", "--width", "3.5in", "--threads", "1");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            string captions = File.ReadAllText(folder["out/figures/captions.md"]);
            string box = captions[captions.IndexOf("## startup-boxplot.svg", StringComparison.Ordinal)..];
            // Bursts' 1.4-2 s boxes under classic's 13 s whiskers: the same log axis as figures' startup-by-granularity,
            // spanning every value, so nothing is cut at the top.
            Assert.Contains("log scale", File.ReadAllText(folder["out/figures/startup-boxplot.svg"]), StringComparison.Ordinal);
            Assert.Matches(@"\*\*paper-startup: startup latency \(worker_start - host_job_create\)\.\*\* Each box spans the quartiles", box);
            Assert.DoesNotContain("The axis ends", box, StringComparison.Ordinal);
            Assert.Contains("Data: figures/startup-boxplot.csv.", box, StringComparison.Ordinal);
            // The Lithops pair's captions say what is drawn.
            Assert.Contains("a dot per event", captions, StringComparison.Ordinal);
            // The aggregated timeline bars are named in the caption too (the chart's note), as in the figures command's captions.
            Assert.Contains("consecutive functions", captions, StringComparison.Ordinal);
        }

        [Fact]
        public void Draws_paper_figures_at_the_printed_width_with_their_titles_in_captions_md_and_the_same_bytes_twice()
        {
            using var folder = new TempFolder();
            string file = folder.Write("in/s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run("run", file, "--out", folder["out"], "--figures", "svg,png,pdf", "--style", "paper", "--width", "7in", "--seed", "7", "--threads", "1");
            var again = Shell.Run("run", file, "--out", folder["again"], "--figures", "svg,png,pdf", "--style", "paper", "--width", "7in", "--seed", "7", "--threads", "2");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.True(again.ExitCode == ExitCodes.Ok, again.ToString());
            string captions = File.ReadAllText(folder["out/figures/captions.md"]);
            foreach (string name in new[] { "timeline", "lithops-timeline", "lithops-histogram", "startup-boxplot" })
            {
                string svg = File.ReadAllText(folder[$"out/figures/{name}.svg"]);
                Assert.Contains("width=\"7in\"", svg, StringComparison.Ordinal);
                Assert.Contains("viewBox=\"0 0 504 ", svg, StringComparison.Ordinal);
                // No text above the 8 pt axis labels: the title is in captions.md, not drawn.
                Assert.All(System.Text.RegularExpressions.Regex.Matches(svg, "font-size=\"([0-9.]+)\"").Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)), size => Assert.InRange(size, 7, 8));
                Assert.Contains($"## {name}.svg, {name}.png, {name}.pdf", captions, StringComparison.Ordinal);
                byte[] png = File.ReadAllBytes(folder[$"out/figures/{name}.png"]);
                Assert.Equal(2100, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16))); // 7 in at 300 dpi
                int phys = png.AsSpan().IndexOf("pHYs"u8);
                Assert.Equal(11811, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(phys + 4))); // 300 dpi in pixels per metre
                Assert.Matches(@"/MediaBox \[0 0 504 [0-9.]+\]", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(folder[$"out/figures/{name}.pdf"])));
            }

            Assert.Contains("function timeline.", captions, StringComparison.Ordinal);
            FolderAssert.Identical(folder["out/figures"], folder["again/figures"]);
        }

        [Fact]
        public void Refuses_a_width_without_the_paper_style_with_exit_2()
        {
            using var folder = new TempFolder();
            string file = folder.Write("in/s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run("run", file, "--out", folder["out"], "--width", "3.5in");

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("--width applies to --style paper only", result.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["out"]));
        }

        [Theory]
        [InlineData("--format", "png", "For figures write --figures png")]
        [InlineData("--activations", "svg,pdf", "For figures write --figures svg,pdf")]
        [InlineData("--format", "xlsx", "figure formats go to --figures svg,png,pdf")]
        public void Points_a_figure_format_given_to_the_activations_option_at_figures(string option, string value, string message)
        {
            using var folder = new TempFolder();
            string file = folder.Write("in/s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run("run", file, "--out", folder["out"], option, value);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
            Assert.Contains("csv or parquet", result.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["out"]));
        }

        [Fact]
        public void Refuses_an_unknown_figure_format_with_exit_2()
        {
            using var folder = new TempFolder();
            string file = folder.Write("in/s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run("run", file, "--out", folder["out"], "--figures", "gif");

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("--figures", result.Stderr, StringComparison.Ordinal);
        }
    }

    public sealed class The_same_seed
    {
        [Fact]
        public void Gives_byte_identical_outputs_on_one_thread_and_on_two()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Tenants);

            var one = Shell.Run("run", file, "--out", folder["one"], "--threads", "1");
            var two = Shell.Run("run", file, "--out", folder["two"], "--threads", "2");

            Assert.True(one.ExitCode == ExitCodes.Ok, one.ToString());
            Assert.True(two.ExitCode == ExitCodes.Ok, two.ToString());
            FolderAssert.Identical(folder["one"], folder["two"]);
        }

        [Fact]
        public void Gives_every_policy_the_same_workload_draws()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Tenants);

            Shell.Run("run", file, "--out", folder["out"], "--no-figures", "--replications", "1");

            // Common random numbers: both policies see the same jobs (tenant, size) at the same arrival instants.
            var rows = File.ReadAllLines(folder["out/activations.csv"]);
            var header = rows[0].Split(',');
            int policy = Array.IndexOf(header, "policy"), job = Array.IndexOf(header, "job_id"), tenant = Array.IndexOf(header, "tenant"), create = Array.IndexOf(header, "host_job_create_tstamp");
            var jobs = rows.Skip(1).Select(r => r.Split(','))
                .GroupBy(c => c[policy])
                .Select(g => string.Join(';', g.Select(c => $"{c[job]}:{c[tenant]}:{c[create]}").Distinct().Order(StringComparer.Ordinal)))
                .ToArray();
            Assert.Equal(2, jobs.Length);
            Assert.Equal(jobs[0], jobs[1]);
        }
    }
}
