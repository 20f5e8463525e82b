using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Workloads;

public sealed class WorkloadTests
{
    public sealed class Sleep
    {
        [Fact]
        public void Is_one_job_of_N_functions_that_only_wait()
        {
            // Given 120 x sleep(5)
            var job = Assert.Single(new SleepWorkload(120, 5.0).Jobs(new RandomStreams(1), 256));

            // Then one job at time zero, default memory, every function waiting 5 s with no CPU work
            Assert.Equal((0, SimTime.Zero, 120, 256), (job.JobId, job.Arrival, job.Functions, job.MemoryMb));
            Assert.All(Enumerable.Range(0, 120), i => Assert.Equal(FunctionWork.Sleep(5.0), job.Work(i)));
            Assert.Equal(new FunctionWork(0, 5.0), FunctionWork.Sleep(5.0));
        }

        [Fact]
        public void Describes_itself_with_an_invariant_decimal_point()
        {
            Assert.Equal("120 x sleep(2.5 s)", new SleepWorkload(120, 2.5).Description);
        }
    }

    public sealed class MonteCarlo
    {
        [Theory]
        [InlineData(10_000_000, 15.0, 15.0)] // the thesis default: 15 CPU-s per 10 M points
        [InlineData(20_000_000, 15.0, 30.0)]
        [InlineData(10_000_000, 1.0, 1.0)]
        [InlineData(5_000_000, 2.0, 1.0)]
        public void Its_CPU_work_scales_with_the_points(long points, double perTenMillion, double expectedCpuS)
        {
            var workload = new MonteCarloWorkload(4, points, perTenMillion);

            var job = Assert.Single(workload.Jobs(new RandomStreams(1), 512));

            Assert.Equal(expectedCpuS, workload.CpuSecondsPerFunction, 1e-12);
            Assert.All(Enumerable.Range(0, 4), i => Assert.Equal(FunctionWork.Cpu(expectedCpuS), job.Work(i)));
            Assert.Equal(512, job.MemoryMb);
        }

        [Fact]
        public void The_default_is_ten_million_points_of_fifteen_CPU_seconds()
        {
            Assert.Equal(15.0, new MonteCarloWorkload(100).CpuSecondsPerFunction);
            Assert.Equal("100 x Monte Carlo pi (10 M points, 15 CPU-s each)", new MonteCarloWorkload(100).Description);
        }
    }

    public sealed class CommonRandomNumbers
    {
        [Fact]
        public void The_same_seed_gives_the_same_jobs_and_work_every_time()
        {
            IWorkload[] workloads = [new SleepWorkload(10, 1.0), new MonteCarloWorkload(10)];
            foreach (var workload in workloads)
            {
                var a = workload.Jobs(new RandomStreams(42), 256);
                var b = workload.Jobs(new RandomStreams(42), 256);

                Assert.Equal(a.Select(j => (j.JobId, j.Arrival, j.Tenant, j.Function, j.Functions, j.MemoryMb)), b.Select(j => (j.JobId, j.Arrival, j.Tenant, j.Function, j.Functions, j.MemoryMb)));
                Assert.Equal(a.SelectMany(j => Enumerable.Range(0, j.Functions).Select(j.Work)), b.SelectMany(j => Enumerable.Range(0, j.Functions).Select(j.Work)));
            }
        }
    }
}
