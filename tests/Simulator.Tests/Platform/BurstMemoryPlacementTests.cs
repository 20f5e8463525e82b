using Burstsim.Simulator.Scheduling.Burst;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>Burst packs go where both their CPUs and their memory fit (packs charged per worker: 6 x 512 MB).</summary>
public sealed class BurstMemoryPlacementTests
{
    /// <summary>invoker0: 12 CPUs but 3072 MB (6 x 512 MB); invoker1: 6 CPUs and 30000 MB.</summary>
    private static ClusterSpec Lopsided() => new([new InvokerSpec("invoker0", 12, 3072), new InvokerSpec("invoker1", 6, 30000)]);

    [Theory]
    [InlineData("burst:g=6", BurstNoFit.Wait)]
    [InlineData("burst:g=6", BurstNoFit.Partial)]
    [InlineData("burst:g=6", BurstNoFit.Reject)]
    [InlineData("burst:g=3,join", BurstNoFit.Wait)]
    [InlineData("burst", BurstNoFit.Wait)]
    public void Packs_go_one_to_each_invoker_when_the_CPU_rich_one_lacks_memory(string policy, BurstNoFit mode)
    {
        // Given a burst of 12 workers of 512 MB
        var workload = new JobListWorkload(Sleep(0, 0.0, 12, 2.0, memoryMb: 512));

        var (outcome, sink) = Runs.Execute(Lopsided(), HandWorked.Parameters with { BurstNoFit = mode, BurstPackMemory = BurstPackMemory.PerWorker }, policy, workload);

        // Then six workers run on each invoker and none waits for another pack's memory
        Assert.Empty(outcome.Errors);
        Assert.Equal([6, 6], sink.Records.GroupBy(r => r.Invoker).OrderBy(g => g.Key).Select(g => g.Count()));
        Assert.All(sink.Records, r => Assert.Equal(0.0, r.QueueTime.Seconds, 1e-6));
    }

    [Fact]
    public void Capacity_is_the_fewer_of_free_CPUs_and_workers_that_fit_the_free_memory() =>
        Assert.Equal([6, 6, 0], BurstPlacement.Capacity([12, 6, 4], [3072, 30000, 100], 512));

    [Fact]
    public void The_invoker_that_holds_the_most_workers_is_filled_first()
    {
        var packs = BurstPlacement.Place(BurstPlacement.Capacity([12, 8], [1024, 30000], 256), 10, null, false);

        Assert.Equal([(1, 8), (0, 2)], packs.Select(p => (p.Invoker, p.Workers)));
    }
}
