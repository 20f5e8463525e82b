using Burstsim.Simulator.Scheduling.Burst;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>The resource usage behind the cost columns, against hand-worked runs (see <see cref="HandWorked"/>).</summary>
public sealed class ResourceUsageTests
{
    [Fact]
    public void A_burst_pack_holds_its_CPUs_and_memory_from_container_creation_to_its_last_worker_end()
    {
        // Given one 4-CPU invoker and a burst of 4 x sleep(10 s), 256 MB each: one pack container of 1024 MB.
        // It is created when the message arrives: 0.03 job + 0.01 HTTP + 0.04 controller + 0.008 bus = 0.088 s.
        // Workers start after docker run 0.1 + 0.2, /init 0.3, /run 0.005 + setup 0.4 = 1.093 s, forked 0.01 s apart;
        // the last one (k = 3) ends at 1.093 + 0.03 + 0.08 func start + 10 + 0.003 = 11.206 s.
        // Charged per worker here (the default charges runtime_memory once per pack: PackMemory).
        var perWorker = HandWorked.Parameters with { BurstPackMemory = BurstPackMemory.PerWorker };
        var (outcome, _) = Runs.Execute(Runs.OneInvoker(4, 30000), perWorker, "burst", new JobListWorkload(Sleep(0, 0.0, 4, 10.0)));
        var usage = outcome.Usage;

        const double life = 11.206 - 0.088;
        Assert.Equal(11.206, usage.WindowEndS, 6);
        Assert.Equal(life, usage.ContainerSeconds, 6);
        Assert.Equal(4 * life, usage.ReservedCpuSeconds, 6);
        Assert.Equal(1024 * life, usage.MemoryMbSeconds, 6);
        Assert.Equal(1, usage.Requests);
    }

    [Fact]
    public void Classic_containers_reserve_no_CPUs_and_are_charged_until_the_last_worker_end()
    {
        // Given two sleep(1 s) calls on one invoker: two containers, created at 0.088 s, kept warm afterwards
        var (outcome, sink) = Runs.Execute(Runs.OneInvoker(4, 30000), HandWorked.Parameters, "classic", new JobListWorkload(Sleep(0, 0.0, 2, 1.0)));
        var usage = outcome.Usage;
        double end = sink.Records.Max(r => r.WorkerEnd.Seconds);
        double created = sink.Records.Min(r => r.WorkerStart.Seconds) - (0.1 + 0.2 + 0.3 + 0.005 + 0.4);

        Assert.Equal(0, usage.ReservedCpuSeconds);
        Assert.Equal(2, usage.Requests);
        Assert.Equal(end, usage.WindowEndS, 6);
        Assert.Equal(2 * (end - created), usage.ContainerSeconds, 3);
        Assert.Equal(256 * usage.ContainerSeconds, usage.MemoryMbSeconds, 6);
    }
}
