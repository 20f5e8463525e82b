using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Tests.Workloads;

public sealed class BurstArrivalsTests
{
    private static readonly TenantLoad[] Tenants =
    [
        new("a", 3, "fa", 48, FunctionWork.Sleep(5)),
        new("b", 1, "fb", 6, FunctionWork.Cpu(1), MemoryMb: 1024),
    ];

    public sealed class Fixed_interval_arrivals
    {
        [Fact]
        public void Come_one_interval_apart_from_the_start()
        {
            var jobs = new BurstArrivalsWorkload(ArrivalProcess.FixedInterval, 2.0, 4, Tenants, StartS: 1).Jobs(new RandomStreams(1), 256);

            Assert.Equal([1.0, 3.0, 5.0, 7.0], jobs.Select(j => j.Arrival.Seconds));
            Assert.Equal([0, 1, 2, 3], jobs.Select(j => j.JobId));
        }
    }

    public sealed class Poisson_arrivals
    {
        [Fact]
        public void Have_about_the_mean_gap_and_pick_tenants_by_weight()
        {
            var jobs = new BurstArrivalsWorkload(ArrivalProcess.Poisson, 0.5, 4000, Tenants).Jobs(new RandomStreams(1), 256);

            Assert.InRange(jobs[^1].Arrival.Seconds / jobs.Count, 0.45, 0.55);
            Assert.InRange(jobs.Count(j => j.Tenant == "a") / (double)jobs.Count, 0.72, 0.78);
            Assert.All(jobs.Where(j => j.Tenant == "b"), j => Assert.Equal((6, 1024, "fb"), (j.Functions, j.MemoryMb, j.Function)));
            Assert.All(jobs.Where(j => j.Tenant == "a"), j => Assert.Equal(256, j.MemoryMb));
        }

        [Fact]
        public void Are_the_same_for_the_same_seed_whoever_reads_them()
        {
            var workload = new BurstArrivalsWorkload(ArrivalProcess.Poisson, 0.5, 50, Tenants);

            string Describe(ulong seed) => string.Join(';', workload.Jobs(new RandomStreams(seed), 256).Select(j => $"{j.Tenant}@{j.Arrival.Ticks}"));

            Assert.Equal(Describe(4), Describe(4));
            Assert.NotEqual(Describe(4), Describe(5));
        }
    }
}
