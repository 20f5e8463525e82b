using Burstsim.Simulator.Scheduling.Burst;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>Found by the randomised suite: memory held by stem cells (OpenWhisk's pool counts it) must neither be promised nor forgotten.</summary>
public sealed class StemCellRoomTests
{
    /// <summary>Two 256 MB stem cells with a 120 s ttl, removed at the first expiry check (600 s after the invoker's start), then one.</summary>
    private static PlatformParameters WithStemCells(BurstPackMemory pack = BurstPackMemory.PerPack, double uptimeS = 0) => HandWorked.Parameters with
    {
        Invoker = HandWorked.Parameters.Invoker with { StemCells = 2, StemCellsMin = 1, StemCellMemoryMb = 256, StemCellTtlS = 120, StemCellCheckS = 600, UptimeS = uptimeS },
        BurstPackMemory = pack,
    };

    [Fact]
    public void A_call_waiting_for_memory_held_by_stem_cells_runs_when_they_expire()
    {
        // Given a 512 MB invoker whose two stem cells leave no room until the expiry check at 600 s removes one
        var (_, sink) = Runs.Execute(Runs.OneInvoker(4, 512), WithStemCells(), "classic", new JobListWorkload(Sleep(0, 0.0, 1, 1.0)));

        // Then the call waits in the buffer and starts once the room appears (before the fix the run stalled), not at
        // the cells' ttl (120 s): OpenWhisk removes expired prewarms only on its scheduled check
        var record = Assert.Single(sink.Records);
        Assert.True(record.WorkerStart.Seconds >= 600.0);
        Assert.True(record.WorkerStart.Seconds < 610.0);
    }

    [Fact]
    public void On_an_invoker_up_for_ten_minutes_only_the_minimum_stem_cell_holds_memory()
    {
        // Given the same 512 MB invoker, up for 600 s when the run starts (its first check has left one 256 MB cell)
        var (_, sink) = Runs.Execute(Runs.OneInvoker(4, 512), WithStemCells(uptimeS: 600), "classic", new JobListWorkload(Sleep(0, 0.0, 1, 1.0)));

        // Then the 256 MB call fits at once
        var record = Assert.Single(sink.Records);
        Assert.True(record.WorkerStart.Seconds < 10.0);
    }

    [Theory]
    [InlineData(120, 600, 0, 600)]      // OpenWhisk defaults: ttl 2 min, first check after 10 min
    [InlineData(120, 600, 590, 10)]     // an invoker up for 590 s: the check comes 10 s into the run
    [InlineData(120, 600, 700, -100)]   // up for 700 s: expired before the run
    [InlineData(700, 600, 0, 1200)]     // ttl longer than a period: the second check removes them
    public void Stem_cells_expire_at_the_first_check_past_their_ttl_less_the_uptime(double ttlS, double checkS, double uptimeS, double expectedS)
    {
        var p = HandWorked.Parameters.Invoker with { StemCellTtlS = ttlS, StemCellCheckS = checkS, UptimeS = uptimeS };

        Assert.Equal(expectedS, Invoker.StemCellsExpireAtS(p), 9);
    }

    [Fact]
    public void Cells_expired_before_the_run_leave_burst_placement_the_room_of_all_but_the_minimum()
    {
        var p = HandWorked.Parameters.Invoker with { StemCells = 2, StemCellsMin = 1, StemCellMemoryMb = 256, UptimeS = 600 };

        Assert.Equal(256, Invoker.StemCellsMostMb(p));
        Assert.Equal(512, Invoker.StemCellsMostMb(p with { UptimeS = 0 }));
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
