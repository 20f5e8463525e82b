using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

public sealed class SweepTests
{
    private static readonly string[] Vary = ["--vary", "platform.invoker.docker_parallel_runs=1,10", "--vary", "workload.functions=3,5"];

    public sealed class A_sweep
    {
        [Fact]
        public void Runs_the_cross_product_and_puts_the_varied_values_in_the_summary_rows()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run(["sweep", file, "--out", folder["out"], "--replications", "2", .. Vary]);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            var summary = File.ReadAllLines(folder["out/summary.csv"]);
            Assert.EndsWith(",platform.invoker.docker_parallel_runs,workload.functions", summary[0], StringComparison.Ordinal);
            Assert.Equal(1 + (2 * 2 * 2 * 2), summary.Length);
            Assert.EndsWith(",1,3", summary[1], StringComparison.Ordinal);
            Assert.EndsWith(",10,5", summary[^1], StringComparison.Ordinal);
        }

        [Fact]
        public void Gives_the_cost_fault_and_throttling_columns_intervals_too()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Tenants);

            Shell.Run("sweep", file, "--out", folder["out"], "--replications", "3", "--vary", "platform.invoker.init_s=0.1,0.3");

            var ci = File.ReadAllLines(folder["out/summary-ci.csv"]);
            var header = ci[0].Split(',');
            foreach (string metric in new[] { "price", "reserved_cpu_s", "memory_gb_s", "utilisation", "failed", "retried", "http_429", "rejected_functions" })
            {
                Assert.Contains($"{metric}_mean", header);
                Assert.Contains($"{metric}_ci95_high", header);
            }

            int price = Array.IndexOf(header, "price_mean");
            Assert.All(ci.Skip(1), line => Assert.True(double.Parse(line.Split(',')[price], System.Globalization.CultureInfo.InvariantCulture) > 0, line));
        }

        [Fact]
        public void Writes_means_and_95_percent_intervals_across_replications()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Tenants);

            Shell.Run("sweep", file, "--out", folder["out"], "--replications", "3", "--vary", "platform.invoker.init_s=0.1,0.3");

            var ci = File.ReadAllLines(folder["out/summary-ci.csv"]);
            var header = ci[0].Split(',');
            Assert.Contains("makespan_s_mean", header);
            Assert.Contains("makespan_s_ci95_low", header);
            Assert.Equal(1 + (2 * 2), ci.Length); // 2 values x 2 policies
            int n = Array.IndexOf(header, "replications"), mean = Array.IndexOf(header, "makespan_s_mean"), low = Array.IndexOf(header, "makespan_s_ci95_low"), high = Array.IndexOf(header, "makespan_s_ci95_high");
            foreach (var row in ci.Skip(1).Select(l => l.Split(',')))
            {
                Assert.Equal("3", row[n]);
                Assert.InRange(double.Parse(row[mean], System.Globalization.CultureInfo.InvariantCulture), double.Parse(row[low], System.Globalization.CultureInfo.InvariantCulture), double.Parse(row[high], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        [Fact]
        public void Of_a_value_that_fails_validation_writes_nothing()
        {
            using var folder = new TempFolder();
            string file = folder.Write("in/s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run(["sweep", file, "--out", folder["out"], "--vary", "platform.invoker.docker_parallel_runs=4,-1"]);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("platform.invoker.docker_parallel_runs (from --vary): must be at least 0", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(["in", "in/s.yaml"], folder.Entries());
        }
    }

    public sealed class A_sweep_too_large_for_memory
    {
        private static readonly string Thousand = string.Join(',', Enumerable.Range(1, 1000));

        [Fact]
        public void Is_refused_before_planning_with_the_numbers_and_writes_nothing()
        {
            using var folder = new TempFolder();
            string file = folder.Write("in/s.yaml", SmallScenarios.Sleep);

            // A billion variants: about 12 TB of plan, more than any machine, refused before the second variant is loaded.
            var result = Shell.Run(["sweep", file, "--out", folder["out"], "--policy", "classic", "--vary", "platform.invoker.docker_parallel_runs=" + Thousand, "--vary", "workload.functions=" + Thousand, "--vary", "platform.client.max_workers=" + Thousand]);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("1,000,000,000 variants", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("GB of memory", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("vary fewer values at once", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("loading and checking", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(["in", "in/s.yaml"], folder.Entries());
        }

        [Fact]
        public void Whose_plan_fits_but_results_do_not_is_told_how_many_shards_fit()
        {
            long available = (long)SweepSize.PlanBytes(1_000_000, 2) + (500_000L * SweepSize.BytesPerRunResult);

            var refused = Assert.Throws<InputException>(() => SweepSize.Check(1_000_000, 2, 1, available));

            Assert.Contains("--shard i/n", refused.Message, StringComparison.Ordinal);
            Assert.Contains("n >= 4", refused.Message, StringComparison.Ordinal);
            SweepSize.Check(1_000_000, 2, 4, available);
        }

        [Fact]
        public void Whose_plan_alone_does_not_fit_is_not_sent_to_shards()
        {
            var refused = Assert.Throws<InputException>(() => SweepSize.Check(1_000_000, 2, 1000, (long)SweepSize.PlanBytes(1_000_000, 2) - 1));

            Assert.Contains("--shard does not help", refused.Message, StringComparison.Ordinal);
        }
    }

    public sealed class Shards
    {
        [Fact]
        public void Merged_equal_the_unsharded_sweep_byte_for_byte()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);
            string[] common = ["--replications", "2", .. Vary];

            var whole = Shell.Run(["sweep", file, "--out", folder["whole"], "--threads", "2", .. common]);
            Assert.True(whole.ExitCode == ExitCodes.Ok, whole.ToString());
            for (int i = 0; i < 3; i++)
            {
                var shard = Shell.Run(["sweep", file, "--out", folder[$"shard{i}"], "--shard", $"{i}/3", "--threads", "1", .. common]);
                Assert.True(shard.ExitCode == ExitCodes.Ok, shard.ToString());
            }

            var merge = Shell.Run("merge", folder["shard2"], folder["shard0"], folder["shard1"], "--out", folder["merged"]);

            Assert.True(merge.ExitCode == ExitCodes.Ok, merge.ToString());
            FolderAssert.Identical(folder["whole"], folder["merged"]);
        }

        [Fact]
        public void Are_disjoint_slices_that_together_hold_every_run()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);

            int total = 0;
            for (int i = 0; i < 4; i++)
            {
                Shell.Run(["sweep", file, "--out", folder[$"s{i}"], "--shard", $"{i}/4", .. Vary]);
                total += File.ReadAllLines(folder[$"s{i}/summary.csv"]).Length - 1;
            }

            Assert.Equal(2 * 2 * 2, total);
        }

        [Fact]
        public void Missing_one_are_refused_by_merge()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);
            Shell.Run(["sweep", file, "--out", folder["s0"], "--shard", "0/2", .. Vary]);

            var merge = Shell.Run("merge", folder["s0"], "--out", folder["merged"]);

            Assert.Equal(ExitCodes.BadInput, merge.ExitCode);
            Assert.Contains("missing 1", merge.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["merged"]));
        }

        [Fact]
        public void Of_different_sweeps_are_refused_by_merge()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);
            Shell.Run(["sweep", file, "--out", folder["s0"], "--shard", "0/2", .. Vary]);
            Shell.Run(["sweep", file, "--out", folder["s1"], "--shard", "1/2", "--seed", "99", .. Vary]);

            var merge = Shell.Run("merge", folder["s0"], folder["s1"], "--out", folder["merged"]);

            Assert.Equal(ExitCodes.BadInput, merge.ExitCode);
            Assert.Contains("belongs to a different sweep", merge.Stderr, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--set", "workload.seconds=2")]
        [InlineData("--set", "platform.invoker.init_s=0.5")]
        [InlineData("--set", "cluster.invokers[1].cpus=8")]
        [InlineData("--set", "pricing.instance_hour=3")]
        [InlineData("--set", "policies=[classic, burst:g=2]")]
        [InlineData("--overlay", "overlay.yaml")]
        public void Run_with_different_scenario_values_are_refused_by_merge(string option, string value)
        {
            // The new-user trial's mix-up: shards of the same --vary and --seed, but one with another --set or
            // --overlay, used to merge into one sweep whose rows came from two different models.
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);
            string overlay = folder.Write("overlay.yaml", "platform:\n  invoker:\n    init_s: 0.5\n");
            string[] extra = [option, option == "--overlay" ? overlay : value];
            var s0 = Shell.Run(["sweep", file, "--out", folder["s0"], "--shard", "0/2", .. Vary]);
            var s1 = Shell.Run(["sweep", file, "--out", folder["s1"], "--shard", "1/2", .. extra, .. Vary]);
            Assert.True(s0.ExitCode == ExitCodes.Ok && s1.ExitCode == ExitCodes.Ok, s0 + "\n" + s1);

            var merge = Shell.Run("merge", folder["s0"], folder["s1"], "--out", folder["merged"]);

            Assert.Equal(ExitCodes.BadInput, merge.ExitCode);
            Assert.Contains("belongs to a different sweep", merge.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["merged"]));
        }

        [Fact]
        public void Run_with_the_same_values_written_differently_still_merge()
        {
            // The plan is the resolved scenario, not the command line: --set of the file's own value changes nothing.
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);
            Shell.Run(["sweep", file, "--out", folder["s0"], "--shard", "0/2", .. Vary]);
            Shell.Run(["sweep", file, "--out", folder["s1"], "--shard", "1/2", "--set", "workload.seconds=1.0", "--threads", "2", .. Vary]);

            var merge = Shell.Run("merge", folder["s0"], folder["s1"], "--out", folder["merged"]);

            Assert.True(merge.ExitCode == ExitCodes.Ok, merge.ToString());
            Assert.Contains("merged 2 shards", merge.Stdout, StringComparison.Ordinal);
            Assert.True(File.ReadAllLines(folder["merged/summary.csv"]).Length > 1);
        }
    }
}
