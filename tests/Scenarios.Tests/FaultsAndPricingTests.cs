using System.Globalization;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>The <c>faults:</c> and <c>pricing:</c> sections, from the scenario file to the outputs.</summary>
public sealed class FaultsAndPricingTests
{
    private const string Base = """
        name: faulty
        cluster:
          invokers:
            - cpus: 4
            - cpus: 4
        workload:
          type: sleep
          functions: 8
          seconds: 2
        policies: [classic, burst]
        platform:
          recovery:
            retries: 1
            runtime_timeout_s: 10
            burst_on_crash: rerun
        """;

    private static CliResult Run(TempFolder folder, string yaml)
    {
        string file = folder.Write("s.yaml", yaml);
        return Shell.Run("run", file, "--out", folder["out"]);
    }

    public sealed class A_crash
    {
        [Fact]
        public void Shows_failed_and_retried_attempts_in_the_activations_the_summary_and_the_console()
        {
            using var folder = new TempFolder();

            var result = Run(folder, Base + "\nfaults:\n  - {type: crash, invoker: invoker1, at_s: 3}\n");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            var activations = File.ReadAllLines(folder["out/activations.csv"]);
            var header = activations[0].Split(',');
            int status = Array.IndexOf(header, "status");
            Assert.Contains(activations.Skip(1), line => line.Split(',')[status] == "retried");
            var summary = File.ReadAllLines(folder["out/summary.csv"]);
            int retried = Array.IndexOf(summary[0].Split(','), "retried");
            Assert.All(summary.Skip(1), line => Assert.True(int.Parse(line.Split(',')[retried], CultureInfo.InvariantCulture) > 0, line));
            Assert.Contains("retried", result.Stdout, StringComparison.Ordinal);
            var timeline = System.Xml.Linq.XDocument.Parse(File.ReadAllText(folder["out/figures/timeline.svg"]));
            Assert.Contains(timeline.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value.Contains("lost attempt", StringComparison.Ordinal));
        }

        [Fact]
        public void Of_an_invoker_the_cluster_lacks_is_refused_with_the_names_it_has()
        {
            using var folder = new TempFolder();

            var result = Run(folder, Base + "\nfaults:\n  - {type: crash, invoker: invoker9, at_s: 3}\n");

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("faults[0].invoker", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("invoker0, invoker1", result.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void Probability_of_one_or_more_is_refused()
        {
            using var folder = new TempFolder();

            var result = Run(folder, Base + "\nfaults:\n  - {type: lost-message, probability: 1}\n");

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("probability", result.Stderr, StringComparison.Ordinal);
        }
    }

    public sealed class The_price_table
    {
        [Fact]
        public void Prices_the_run_per_invoker_hour_as_written()
        {
            using var folder = new TempFolder();

            var result = Run(folder, Base + "\npricing:\n  instance_hour: 3600\n  currency: EUR\n");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            var summary = File.ReadAllLines(folder["out/summary.csv"]);
            var header = summary[0].Split(',');
            foreach (var line in summary.Skip(1).Select(l => l.Split(',')))
            {
                double hours = double.Parse(line[Array.IndexOf(header, "invoker_hours")], CultureInfo.InvariantCulture);
                double price = double.Parse(line[Array.IndexOf(header, "price")], CultureInfo.InvariantCulture);
                double makespan = double.Parse(line[Array.IndexOf(header, "makespan_s")], CultureInfo.InvariantCulture);
                Assert.Equal(2 * makespan / 3600, hours, 5);
                Assert.Equal(2 * makespan, price, 5); // 2 invokers x makespan h x 3600 per hour
            }

            Assert.Contains("cost EUR is each run's total, priced at 3600 EUR per invoker-hour", result.Stdout.ReplaceLineEndings(" "), StringComparison.Ordinal);
        }

        [Fact]
        public void With_an_unknown_model_is_refused()
        {
            using var folder = new TempFolder();

            var result = Run(folder, Base + "\npricing:\n  model: spot\n");

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("pricing.model", result.Stderr, StringComparison.Ordinal);
        }
    }
}
