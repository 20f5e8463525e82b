using Burstsim.Results.Cost;
using Burstsim.Results.Summary;
using Burstsim.Results.Tests.Csv;
using Burstsim.Simulator.Platform;

namespace Burstsim.Results.Tests.Cost;

public sealed class CostCalculatorTests
{
    /// <summary>Two invokers of 48 CPUs; a run of 20 s that held 96 CPUs for 18 s, 10 GB for 18 s in 2 containers, and 3 requests.</summary>
    private static readonly ClusterSpec Cluster = ClusterSpec.Uniform([48, 48], 30000);
    private static readonly ResourceUsage Usage = new(ContainerSeconds: 36, MemoryMbSeconds: 10 * 1024 * 18, ReservedCpuSeconds: 96 * 18, Requests: 3, WindowEndS: 20);

    public sealed class Compute
    {
        [Fact]
        public void Rents_the_cluster_for_the_makespan_under_instance_pricing()
        {
            var cost = CostCalculator.Compute(Usage, busyCpuSeconds: 960, makespanS: 20, Cluster, new Pricing { InstanceHour = 3.6 });

            Assert.Equal(96 * 18, cost.ReservedCpuSeconds);
            Assert.Equal(960, cost.BusyCpuSeconds);
            Assert.Equal(180, cost.MemoryGbSeconds, 9);          // 10 GB x 18 s
            Assert.Equal(36, cost.ContainerSeconds);
            Assert.Equal(3, cost.Requests);
            Assert.Equal(2 * 20 / 3600.0, cost.InvokerHours, 12); // 2 invokers x 20 s
            Assert.Equal(0.5, cost.Utilisation, 12);              // 960 / (96 CPUs x 20 s)
            Assert.Equal(0.04, cost.Price, 12);                   // 2/180 h x 3.6 per hour
        }

        [Fact]
        public void Charges_billed_invocation_time_and_requests_under_per_use_pricing_not_the_containers_idle_life()
        {
            // The containers held 180 GB-s, but their 3 invocations ran 2 s each at 1 GB: 6 GB-s billed.
            var pricing = new Pricing { Model = PricingModel.PerUse, GbSecond = 0.001, Request = 0.5 };
            var usage = Usage with { BilledMbMilliseconds = 3 * 2000 * 1024 };

            var cost = CostCalculator.Compute(usage, 960, 20, Cluster, pricing);

            Assert.Equal(6, cost.BilledGbSeconds, 12);
            Assert.Equal((6 * 0.001) + (3 * 0.5), cost.Price, 12);
        }

        [Fact]
        public void Prices_one_60_s_and_nineteen_1_s_calls_of_512_MB_as_AWS_Lambda_does()
        {
            // Lambda: duration charge = sum of billed durations x memory x price per GB-s, plus requests x request price.
            //   (60 s + 19 x 1 s) = 79 s, x 0.5 GB = 39.5 GB-s, x 0.0000166667 = 0.000658334650 USD
            //   20 requests x 0.0000002 = 0.000004 USD;                     total 0.000662334650 USD
            // The model's usage: 79 000 ms x 512 MB billed (SimulatedLambdaBillingTests runs it).
            var usage = ResourceUsage.None with { BilledMbMilliseconds = 79_000L * 512, Requests = 20, MemoryMbSeconds = 512 * 20 * 600 };

            var cost = CostCalculator.Compute(usage, 79, 60, Cluster, new Pricing { Model = PricingModel.PerUse });

            Assert.Equal(39.5, cost.BilledGbSeconds, 12);
            Assert.Equal(0.000662334650, cost.Price, 15);
        }

        [Fact]
        public void Uses_the_public_list_prices_by_default()
        {
            var pricing = new Pricing();

            Assert.Equal((PricingModel.Instance, "USD", 2.142, 0.0000166667, 0.0000002), (pricing.Model, pricing.Currency, pricing.InstanceHour, pricing.GbSecond, pricing.Request));
        }

        [Fact]
        public void Reports_zero_utilisation_for_an_empty_run()
        {
            var cost = CostCalculator.Compute(ResourceUsage.None, 0, 0, Cluster, new Pricing());

            Assert.Equal((0.0, 0.0, 0.0), (cost.Utilisation, cost.InvokerHours, cost.Price));
        }
    }

    public sealed class The_summary_of_a_faulty_run
    {
        [Fact]
        public void Counts_failed_and_retried_attempts_and_keeps_startups_of_successes_only()
        {
            // Function 0 lost at 3 s then re-run (startup 14 s); function 1 fine (startup 2 s); function 2 lost and given up.
            var accumulator = new RunSummaryAccumulator(SampleActivations.Context());
            accumulator.Add(SampleActivations.Record(0, create: 0, start: 1, funcStart: 1.1, funcEnd: 3, end: 3) with { Status = ActivationStatus.Retried });
            accumulator.Add(SampleActivations.Record(0, create: 0, start: 14, funcStart: 14.1, funcEnd: 19, end: 19.1) with { Attempt = 1 });
            accumulator.Add(SampleActivations.Record(1, create: 0, start: 2, funcStart: 2.1, funcEnd: 7, end: 7.1));
            accumulator.Add(SampleActivations.Record(2, create: 0, start: 1, funcStart: 1.1, funcEnd: 3, end: 3) with { Status = ActivationStatus.Failed });

            var row = accumulator.ToSummaryRow();

            Assert.Equal((3, 1, 1), (row.Functions, row.Failed, row.Retried));
            Assert.Equal(14, row.StartupMaxS);
            Assert.Equal(8, row.StartupMeanS, 9);
            Assert.Equal(19.1, row.MakespanS, 9);
            Assert.Equal(2 + 5.1 + 5.1 + 2, accumulator.BusyCpuSeconds, 9); // worker_end - worker_start of all four rows
        }
    }
}
