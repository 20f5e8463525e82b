using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>busy CPU time is the CPU the functions used, not their wall time: utilisation cannot pass 1.</summary>
public sealed class CpuAccountingTests
{
    [Fact]
    public void Four_CPU_bound_calls_sharing_two_CPUs_use_their_8_CPU_seconds_not_their_16_s_of_wall_time()
    {
        // 4 x 2 CPU-s on one 2-CPU invoker under cpu-shares: they run at 0.5 CPU each, so each takes 4 s of wall time
        // (16 s in all), but the CPUs deliver exactly 4 x 2 = 8 CPU-s.
        var (outcome, sink) = Runs.Execute(Runs.OneInvoker(2, 30000), HandWorked.Parameters, "classic", new JobListWorkload(Cpu(0, 0.0, 4, 2.0)));

        double wall = sink.Records.Sum(r => (r.WorkerFuncEnd - r.WorkerFuncStart).Seconds);
        Assert.True(wall > 12, $"the calls share the CPUs, so their wall time ({wall} s) exceeds their CPU time");
        Assert.Equal(8.0, outcome.Usage.CpuUsedSeconds, 5);
    }

    [Fact]
    public void Sleeping_functions_use_no_CPU()
    {
        var (outcome, _) = Runs.Execute(Runs.OneInvoker(2, 30000), HandWorked.Parameters, "classic", new JobListWorkload(Sleep(0, 0.0, 6, 5.0)));

        Assert.Equal(0.0, outcome.Usage.CpuUsedSeconds);
    }

    [Fact]
    public void A_burst_worker_uses_its_CPU_work_on_its_dedicated_core()
    {
        // 4 workers x 3 CPU-s on 4 exclusive cores: 12 CPU-s (the pack reserves its 4 CPUs longer: reserved_cpu_s).
        var (outcome, _) = Runs.Execute(Runs.OneInvoker(4, 30000), HandWorked.Parameters, "burst", new JobListWorkload(Cpu(0, 0.0, 4, 3.0)));

        Assert.Equal(12.0, outcome.Usage.CpuUsedSeconds, 9);
        Assert.True(outcome.Usage.ReservedCpuSeconds > 12.0);
    }

    [Fact]
    public void FaaSBatch_invocations_in_one_container_use_their_CPU_work()
    {
        // 6 x 1 CPU-s batched into one container on a 2-CPU invoker: 6 CPU-s whatever the batch's wall time.
        var (outcome, _) = Runs.Execute(Runs.OneInvoker(2, 30000), HandWorked.Parameters, "faasbatch", new JobListWorkload(Cpu(0, 0.0, 6, 1.0)));

        Assert.Equal(6.0, outcome.Usage.CpuUsedSeconds, 5);
    }
}
