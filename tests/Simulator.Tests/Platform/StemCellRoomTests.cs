using Burstsim.Simulator.Scheduling.Burst;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>Found by the randomised suite: memory held by stem cells (OpenWhisk's pool counts it) must neither be promised nor forgotten.</summary>
public sealed class StemCellRoomTests
{
    /// <summary>Two 256 MB stem cells for 120 s, then one.</summary>
    private static PlatformParameters WithStemCells(BurstPackMemory pack = BurstPackMemory.PerPack) => HandWorked.Parameters with
    {
        Invoker = HandWorked.Parameters.Invoker with { StemCells = 2, StemCellsMin = 1, StemCellMemoryMb = 256, StemCellTtlS = 120 },
        BurstPackMemory = pack,
    };

    [Fact]
    public void A_call_waiting_for_memory_held_by_stem_cells_runs_when_they_expire()
    {
        // Given a 512 MB invoker whose two stem cells leave no room until one expires at 120 s
        var (_, sink) = Runs.Execute(Runs.OneInvoker(4, 512), WithStemCells(), "classic", new JobListWorkload(Sleep(0, 0.0, 1, 1.0)));

        // Then the call waits in the buffer and starts once the room appears (before the fix the run stalled)
        var record = Assert.Single(sink.Records);
        Assert.True(record.WorkerStart.Seconds >= 120.0);
    }

    [Fact]
    public void Burst_placement_never_promises_the_stem_cells_memory()
    {
        // 1024 MB less 512 MB of stem cells: per worker, two 256 MB workers fit now, so a burst of 4 splits 2 + 2 over two invokers
        var cluster = ClusterSpec.Uniform([4, 4], 1024);

        var (outcome, sink) = Runs.Execute(cluster, WithStemCells(BurstPackMemory.PerWorker), "burst", new JobListWorkload(Sleep(0, 0.0, 4, 1.0)));

        Assert.Equal(4, sink.Records.Count);
        Assert.Equal([2, 2], outcome.BurstLayout.Select(p => p.LastWorker - p.FirstWorker + 1));
        Assert.All(sink.Records, r => Assert.True(r.WorkerStart.Seconds < 10.0));
    }
}
